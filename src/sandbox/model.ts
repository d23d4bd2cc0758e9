import type { WorkflowState } from './workflow-model.ts'

// The in-memory records behind the API. They are shaped for lookups, not
// for the wire: serialize.ts turns them into App Center's JSON.

export type AppRole = 'manager' | 'developer' | 'viewer' | 'tester'
export type OrgRole = 'admin' | 'collaborator' | 'member'
export type TokenScope = 'all' | 'viewer'

export const APP_OS = [
  'Android',
  'iOS',
  'macOS',
  'Tizen',
  'tvOS',
  'Windows',
  'Linux',
  'Custom',
] as const
export type AppOs = (typeof APP_OS)[number]

export const APP_PLATFORMS = [
  'Java',
  'Objective-C-Swift',
  'UWP',
  'Cordova',
  'React-Native',
  'Xamarin',
  'Unity',
  'Electron',
  'WPF',
  'WinForms',
  'Custom',
] as const
export type AppPlatform = (typeof APP_PLATFORMS)[number]

export interface User {
  id: string
  name: string
  displayName: string
  email: string
  avatarUrl?: string
}

export interface Org {
  id: string
  name: string
  displayName: string
  createdAt: string
  updatedAt: string
  /** userId → role in the organization. */
  members: Map<string, OrgRole>
}

export type Owner = { type: 'user'; id: string } | { type: 'org'; id: string }

export interface App {
  id: string
  name: string
  displayName: string
  description?: string
  releaseType?: string
  iconUrl?: string
  os: AppOs
  platform: AppPlatform
  appSecret: string
  owner: Owner
  createdAt: string
  updatedAt: string
  /** userId → the permissions App Center lists for that user on the app. */
  members: Map<string, AppRole[]>
}

export interface ApiToken {
  id: string
  value: string
  description?: string
  scope: TokenScope
  createdAt: string
  /** The user who created it; an app token acts with this user's rights. */
  userId: string
  /** Set for app tokens: the one app (by id, so a rename keeps it). */
  appId?: string
}

export interface SandboxState {
  users: Map<string, User>
  orgs: Map<string, Org>
  apps: Map<string, App>
  tokens: Map<string, ApiToken>
  tokensByValue: Map<string, ApiToken>
  /** Holder key (user:<id> or app:<id>) → ids of its tokens, for the cap. */
  tokensByHolder: Map<string, Set<string>>
  /** Values of tokens deleted since the last reset, for a clearer 401. */
  revokedValues: Set<string>
  workflows: WorkflowState
}

export function holderKey(token: Pick<ApiToken, 'userId' | 'appId'>): string {
  return token.appId ? `app:${token.appId}` : `user:${token.userId}`
}

export function addToken(state: SandboxState, token: ApiToken): void {
  state.tokens.set(token.id, token)
  state.tokensByValue.set(token.value, token)
  const key = holderKey(token)
  let ids = state.tokensByHolder.get(key)
  if (!ids) {
    ids = new Set()
    state.tokensByHolder.set(key, ids)
  }
  ids.add(token.id)
}

export function removeToken(state: SandboxState, token: ApiToken): void {
  state.tokens.delete(token.id)
  state.tokensByValue.delete(token.value)
  state.tokensByHolder.get(holderKey(token))?.delete(token.id)
  state.revokedValues.add(token.value)
}

export function countTokens(state: SandboxState, key: string): number {
  return state.tokensByHolder.get(key)?.size ?? 0
}

/**
 * Lookups by name are exact (the description calls names case-sensitive),
 * but two names that differ only in case still clash, to avoid look-alikes.
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
