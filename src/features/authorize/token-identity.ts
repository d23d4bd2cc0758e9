/** What a verification call told us about a token. */
export type TokenIdentity =
  | { kind: 'user'; displayName: string; name: string; email?: string }
  | {
      kind: 'app'
      app?: { owner_name: string; app_name: string }
      message: string
    }

export type Access = 'full' | 'read_only' | 'unknown'

/** App Secrets are GUIDs; API tokens are 40 hex characters. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function looksLikeAppSecret(value: string): boolean {
  return GUID.test(value.trim())
}

export function describeIdentity(
  identity: TokenIdentity,
  access: Access,
): string {
  const accessText =
    access === 'full'
      ? ', full access'
      : access === 'read_only'
        ? ', read-only'
        : ''
  if (identity.kind === 'user')
    return `Authorized as ${identity.displayName} (user token${accessText})`
  const app = identity.app
    ? ` ${identity.app.owner_name}/${identity.app.app_name}`
    : ''
  return `Authorized with an app token${accessText}: valid, but scoped to one app${app ? `,${app}` : ''}`
}
