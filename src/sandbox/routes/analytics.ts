import type { Area } from '../area.ts'

// Analytics.

export const analytics: Area = {
  name: 'analytics',
  tags: /analytic|audience|event|session/i,
  handlers: {},
}
