import { appMembers, appRole } from './access.ts'
import type {
  ApiToken,
  App,
  AppRole,
  Org,
  SandboxState,
  User,
} from './model.ts'

// Wire shapes, with App Center's snake_case field names. Optional fields are
// left undefined so JSON.stringify drops them rather than sending nulls.

export function userProfile(user: User) {
  return {
    id: user.id,
    display_name: user.displayName,
    email: user.email,
    name: user.name,
    avatar_url: user.avatarUrl,
    can_change_password: false,
    origin: 'appcenter' as const,
  }
}

export function appUser(user: User, permissions: AppRole[]) {
  return Object.assign(userProfile(user), { permissions })
}

export function appUsers(state: SandboxState, app: App) {
  const result = []
  for (const [userId, permissions] of appMembers(state, app)) {
    const user = state.users.get(userId)
    if (user) result.push(appUser(user, permissions))
  }
  return result
}

function owner(state: SandboxState, app: App) {
  if (app.owner.type === 'user') {
    const user = state.users.get(app.owner.id)
    return {
      id: app.owner.id,
      display_name: user?.displayName ?? '',
      email: user?.email,
      name: user?.name ?? '',
      type: 'user' as const,
    }
  }
  const org = state.orgs.get(app.owner.id)
  return {
    id: app.owner.id,
    display_name: org?.displayName ?? '',
    name: org?.name ?? '',
    type: 'org' as const,
  }
}

export function appResponse(state: SandboxState, app: App, userId: string) {
  const role = appRole(state, app, userId)
  return {
    id: app.id,
    app_secret: app.appSecret,
    description: app.description,
    display_name: app.displayName,
    release_type: app.releaseType,
    icon_url: app.iconUrl,
    name: app.name,
    os: app.os,
    owner: owner(state, app),
    platform: app.platform,
    origin: 'appcenter' as const,
    created_at: app.createdAt,
    updated_at: app.updatedAt,
    member_permissions: role ? [role] : [],
  }
}

export function orgListItem(org: Org) {
  return { display_name: org.displayName, name: org.name, origin: 'appcenter' }
}

export function orgResponse(org: Org) {
  return {
    id: org.id,
    display_name: org.displayName,
    name: org.name,
    origin: 'appcenter' as const,
    created_at: org.createdAt,
    updated_at: org.updatedAt,
  }
}

export function tokenListItem(token: ApiToken) {
  return {
    id: token.id,
    description: token.description,
    scope: [token.scope],
    created_at: token.createdAt,
  }
}

/** The only response that carries the secret value, and only once. */
export function tokenCreated(token: ApiToken) {
  return Object.assign(tokenListItem(token), { api_token: token.value })
}
