import { appPath } from './access.ts'
import { demoSecrets } from './credentials.ts'
import type { SandboxState } from './model.ts'
import { DEMO_APP, DEMO_TOKEN_IDS, DEMO_USER_NAME } from './seed.ts'

// What GET /sandbox/_sandbox/demo returns and the startup banners print:
// ready-made credentials so a newcomer's first call can succeed.

export interface DemoToken {
  value: string
  kind: 'user' | 'app'
  access: 'full' | 'read_only'
  app?: { owner_name: string; app_name: string }
  description: string
}

export interface DemoInfo {
  basic: { username: string; password: string }
  tokens: DemoToken[]
}

export function demoInfo(state: SandboxState): DemoInfo {
  // Follow a rename of the demo app; fall back to the seed name if deleted.
  const appToken = state.tokens.get(DEMO_TOKEN_IDS.appFull)
  const app = appToken?.appId ? state.apps.get(appToken.appId) : undefined
  const [owner_name, app_name] = app
    ? appPath(state, app).split('/')
    : [DEMO_APP.owner_name, DEMO_APP.app_name]
  const appRef = {
    owner_name: owner_name ?? DEMO_APP.owner_name,
    app_name: app_name ?? DEMO_APP.app_name,
  }
  const appLabel = `${appRef.owner_name}/${appRef.app_name}`
  return {
    basic: { username: DEMO_USER_NAME, password: demoSecrets.basicPassword },
    tokens: [
      {
        value: demoSecrets.userFull,
        kind: 'user',
        access: 'full',
        description: 'User token, full access: everything Demo User may do.',
      },
      {
        value: demoSecrets.userReadOnly,
        kind: 'user',
        access: 'read_only',
        description:
          'User token, read only: reads work, every change gets 403.',
      },
      {
        value: demoSecrets.appFull,
        kind: 'app',
        access: 'full',
        app: appRef,
        description: `App token, full access, limited to ${appLabel}.`,
      },
      {
        value: demoSecrets.appReadOnly,
        kind: 'app',
        access: 'read_only',
        app: appRef,
        description: `App token, read only, limited to ${appLabel}.`,
      },
    ],
  }
}
