import { SandboxError } from './errors.ts'
import type { App, AppRole, Org, OrgRole, SandboxState } from './model.ts'

// Role rules, as App Center documents them: a full-access token can do what
// its user can do, no more. Owners of personal apps and admins of the
// owning organization are managers of an app even when not listed on it.
// App settings (PATCH), people, tokens and deletion are the manager's; the
// developer role is for app services (builds, tests), which this API subset
// does not cover, so developers, viewers and testers all read here.

const rank: Record<AppRole, number> = {
  manager: 3,
  developer: 2,
  viewer: 1,
  tester: 0,
}

export type AppAction =
  | 'read'
  | 'update'
  | 'delete'
  | 'manage-users'
  | 'list-tokens'
  | 'manage-tokens'
  | 'leave'
  | 'develop'

/** Actions that change nothing, so read-only tokens may do them. */
export const READ_ACTIONS: ReadonlySet<AppAction> = new Set([
  'read',
  'list-tokens',
])

const needed: Record<AppAction, AppRole[]> = {
  read: ['manager', 'developer', 'viewer', 'tester'],
  update: ['manager'],
  delete: ['manager'],
  'manage-users': ['manager'],
  'list-tokens': ['manager'],
  'manage-tokens': ['manager'],
  leave: ['manager', 'developer', 'viewer', 'tester'],
  develop: ['manager', 'developer'],
}

const actionWords: Record<AppAction, string> = {
  read: 'reading this app',
  update: 'updating this app',
  delete: 'deleting this app',
  'manage-users': "changing this app's users",
  'list-tokens': "listing this app's API tokens",
  'manage-tokens': "managing this app's API tokens",
  leave: 'leaving this app',
  develop: "changing this app's releases, builds or deployments",
}

export function bestRole(roles: readonly AppRole[]): AppRole | undefined {
  let best: AppRole | undefined
  for (const role of roles) {
    if (best === undefined || rank[role] > rank[best]) best = role
  }
  return best
}

/** Everyone with rights on the app, with the permissions App Center shows. */
export function appMembers(
  state: SandboxState,
  app: App,
): Map<string, AppRole[]> {
  const members = new Map(app.members)
  const managers =
    app.owner.type === 'user'
      ? [app.owner.id]
      : [...(state.orgs.get(app.owner.id)?.members ?? [])]
          .filter(([, role]) => role === 'admin')
          .map(([userId]) => userId)
  for (const userId of managers) members.set(userId, ['manager'])
  return members
}

export function appRole(
  state: SandboxState,
  app: App,
  userId: string,
): AppRole | undefined {
  if (app.owner.type === 'user' && app.owner.id === userId) return 'manager'
  if (app.owner.type === 'org') {
    const org = state.orgs.get(app.owner.id)
    if (org?.members.get(userId) === 'admin') return 'manager'
  }
  return bestRole(app.members.get(userId) ?? [])
}

export function ownerName(state: SandboxState, app: App): string {
  const owner =
    app.owner.type === 'user'
      ? state.users.get(app.owner.id)
      : state.orgs.get(app.owner.id)
  return owner?.name ?? 'unknown'
}

export function appPath(state: SandboxState, app: App): string {
  return `${ownerName(state, app)}/${app.name}`
}

export function requireAppRole(
  role: AppRole,
  action: AppAction,
  path: string,
): void {
  if (needed[action].includes(role)) return
  const roles = needed[action].join(' or ')
  throw new SandboxError(
    'Forbidden',
    `Your role on ${path} is ${role}; ${actionWords[action]} needs the ${roles} role.`,
  )
}

export function orgRole(org: Org, userId: string): OrgRole | undefined {
  return org.members.get(userId)
}

/** Admins and collaborators may create apps in an organization. */
export function requireOrgCanCreateApps(org: Org, role: OrgRole): void {
  if (role === 'admin' || role === 'collaborator') return
  throw new SandboxError(
    'Forbidden',
    `You are a ${role} of ${org.name}; creating apps there needs the admin or collaborator role.`,
  )
}
