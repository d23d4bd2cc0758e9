import type { Area } from '../area.ts'

// Test.

export const testRuns: Area = {
  name: 'test',
  tags: /^test/i,
  handlers: {},
}
