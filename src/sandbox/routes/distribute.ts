import type { Area } from '../area.ts'

// Distribute.

export const distribute: Area = {
  name: 'distribute',
  tags: /distribut|release|tester|store|device/i,
  handlers: {},
}
