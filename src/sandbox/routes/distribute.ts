import type { Area } from '../area.ts'
import { distributionGroupHandlers } from './distribution-groups.ts'
import { releaseHandlers } from './releases.ts'

// Distribute: distribution groups with their testers, and releases sent to
// them. Stores, devices and the SDK's update checks are generated.

export const distribute: Area = {
  name: 'distribute',
  tags: /distribut|release|tester|store|device/i,
  handlers: Object.assign({}, distributionGroupHandlers, releaseHandlers),
}
