import {
  appPath,
  appRole,
  ownerName as ownerNameOf,
  READ_ACTIONS,
  requireAppRole,
  type AppAction,
} from './access.ts'
import { appTokenAppId, isReadOnly, type Actor } from './auth.ts'
import { SandboxError } from './errors.ts'
import type { App, AppRole, SandboxState } from './model.ts'
import { quote } from './validate.ts'

// Checks shared by the handlers, in the order App Center applies them:
// the kind of token first, then whether the thing exists for this user,
// then the user's role on it.

export type Mode = 'read' | 'write'

function appTokenLabel(state: SandboxState, actor: Actor): string | undefined {
  const appId = appTokenAppId(actor)
  if (!appId) return undefined
  const app = state.apps.get(appId)
  return app ? appPath(state, app) : 'a deleted app'
}

export function requireWritable(actor: Actor, what: string): void {
  if (!isReadOnly(actor)) return
  throw new SandboxError(
    'Forbidden',
    `This API token is read-only (scope "viewer"), so it cannot ${what}. Use a full-access token.`,
  )
}

/** Operations about the user rather than one app: /v0.1/user, apps, orgs. */
export function requireUserToken(
  state: SandboxState,
  actor: Actor,
  mode: Mode,
  what: string,
): void {
  const label = appTokenLabel(state, actor)
  if (label) {
    throw new SandboxError(
      'Forbidden',
      `This is an app API token, limited to the app ${label}. It cannot ${what}; use a user API token for that.`,
    )
  }
  if (mode === 'write') requireWritable(actor, what)
}

export function findApp(
  state: SandboxState,
  ownerName: string,
  appName: string,
): App | undefined {
  for (const app of state.apps.values()) {
    if (app.name === appName && ownerNameOf(state, app) === ownerName) {
      return app
    }
  }
  return undefined
}

export function notFoundApp(ownerName: string, appName: string): SandboxError {
  return new SandboxError(
    'NotFound',
    `There is no app ${quote(appName)} owned by ${quote(ownerName)} that you can see. Check owner_name and app_name (GET /v0.1/apps lists yours).`,
  )
}

/** Resolves an app from the path and checks this caller may do `action`. */
export function accessApp(
  state: SandboxState,
  actor: Actor,
  ownerName: string,
  appName: string,
  action: AppAction,
): { app: App; role: AppRole } {
  const tokenAppId = appTokenAppId(actor)
  const app = findApp(state, ownerName, appName)
  if (tokenAppId && app?.id !== tokenAppId) {
    throw new SandboxError(
      'Forbidden',
      `This is an app API token, limited to the app ${appTokenLabel(state, actor)}. It cannot be used for ${quote(`${ownerName}/${appName}`)}.`,
    )
  }
  if (!READ_ACTIONS.has(action)) requireWritable(actor, describe(action))
  const role = app ? appRole(state, app, actor.userId) : undefined
  if (!app || !role) throw notFoundApp(ownerName, appName)
  requireAppRole(role, action, appPath(state, app))
  return { app, role }
}

function describe(action: AppAction): string {
  switch (action) {
    case 'update':
      return 'update an app'
    case 'delete':
      return 'delete an app'
    case 'manage-users':
      return "change an app's users"
    case 'manage-tokens':
      return "manage an app's API tokens"
    case 'leave':
      return 'leave an app'
    case 'develop':
      return "change an app's releases, builds or deployments"
    case 'read':
    case 'list-tokens':
      return 'read'
  }
}
