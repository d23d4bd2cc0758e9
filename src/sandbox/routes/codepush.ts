import type { Area } from '../area.ts'

// CodePush.

export const codepush: Area = {
  name: 'codepush',
  tags: /codepush/i,
  handlers: {},
}
