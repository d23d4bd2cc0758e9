import type { Area } from '../area.ts'

// Diagnostics.

export const diagnostics: Area = {
  name: 'diagnostics',
  tags: /diagnos|crash|error|symbol/i,
  handlers: {},
}
