import type { Area } from '../area.ts'

// Build.

export const build: Area = {
  name: 'build',
  tags: /build|branch|repositor|commit|toolset/i,
  handlers: {},
}
