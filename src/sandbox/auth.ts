import { createHash, timingSafeEqual } from 'node:crypto'
import { demoSecrets } from './credentials.ts'
import { SandboxError } from './errors.ts'
import type { ApiToken, SandboxState } from './model.ts'
import { DEMO_USER_NAME } from './seed.ts'

// Who is calling. App Center's API takes an API token in X-API-Token; the
// token operations are described with Basic auth too, so those also take
// the demo user's password (and, as the real service did, a user token).

export type Actor =
  | { via: 'token'; userId: string; token: ApiToken }
  | { via: 'basic'; userId: string }

export interface Credentials {
  token?: string
  authorization?: string
}

const MISSING =
  'No API token was sent. Put your App Center API token in the X-API-Token request header (Authorize in the explorer does this for you).'

/**
 * @param allowBasic whether this operation also takes Basic credentials
 *   (only the API token operations do).
 */
export function authenticate(
  state: SandboxState,
  credentials: Credentials,
  allowBasic: boolean,
): Actor {
  const value = credentials.token?.trim()
  if (value) return resolveToken(state, value)
  const authorization = credentials.authorization?.trim()
  if (authorization && /^basic\s/i.test(authorization)) {
    if (!allowBasic) {
      throw new SandboxError(
        'Unauthorized',
        'This operation takes an API token in the X-API-Token header; Basic credentials only work for the API token operations.',
      )
    }
    return resolveBasic(state, authorization)
  }
  if (authorization) {
    throw new SandboxError(
      'Unauthorized',
      'The Authorization header is not used for API tokens here. Send the token in the X-API-Token header instead.',
    )
  }
  throw new SandboxError('Unauthorized', MISSING)
}

function resolveToken(state: SandboxState, value: string): Actor {
  const token = state.tokensByValue.get(value)
  if (token) return { via: 'token', userId: token.userId, token }
  const message = state.revokedValues.has(value)
    ? 'This API token was deleted (revoked) and no longer works. Create a new one or use a demo token.'
    : 'The X-API-Token header does not match any API token. Check that you copied the whole token (40 hex characters).'
  throw new SandboxError('Unauthorized', message)
}

function resolveBasic(state: SandboxState, authorization: string): Actor {
  const encoded = authorization.slice(authorization.indexOf(' ') + 1).trim()
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const username = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  const user = [...state.users.values()].find(
    (u) => u.name === username || u.email === username,
  )
  if (
    colon < 0 ||
    !user ||
    user.name !== DEMO_USER_NAME ||
    !sameSecret(password, demoSecrets.basicPassword)
  ) {
    throw new SandboxError(
      'Unauthorized',
      'The Basic username or password is wrong. The demo credentials are listed at /sandbox/_sandbox/demo.',
    )
  }
  return { via: 'basic', userId: user.id }
}

// Comparing digests keeps the time taken independent of the password.
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

export function isReadOnly(actor: Actor): boolean {
  return actor.via === 'token' && actor.token.scope === 'viewer'
}

export function appTokenAppId(actor: Actor): string | undefined {
  return actor.via === 'token' ? actor.token.appId : undefined
}

/** The key rate limits count by: one budget per token or per Basic user. */
export function rateKey(actor: Actor): string {
  return actor.via === 'token'
    ? `token:${actor.token.id}`
    : `basic:${actor.userId}`
}
