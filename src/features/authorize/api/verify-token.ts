import { blockedByPolicy, policyBlockedMessage } from '@/lib/connect-policy'
import type { TokenIdentity } from '../token-identity'
import { rejectedTokenMessage } from '../rejected-token-message'

export const VERIFY_TIMEOUT_MS = 15_000

export type VerifyFailureKind =
  'rejected' | 'unreachable' | 'blocked' | 'timeout' | 'unexpected'

export class VerifyError extends Error {
  readonly kind: VerifyFailureKind
  readonly status?: number

  constructor(kind: VerifyFailureKind, message: string, status?: number) {
    super(message)
    this.name = 'VerifyError'
    this.kind = kind
    this.status = status
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

function errorMessage(body: unknown): string {
  const message = (body as ErrorBody | null)?.error?.message
  return typeof message === 'string' ? message : ''
}

function call(
  baseUrl: string,
  path: string,
  token: string,
  signal?: AbortSignal,
): Promise<Response> {
  const timeout = AbortSignal.timeout(VERIFY_TIMEOUT_MS)
  return fetch(`${baseUrl}${path}`, {
    headers: { 'X-API-Token': token, Accept: 'application/json' },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    // A redirect elsewhere must not take the token along.
    redirect: 'error',
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  })
}

/** An app token answers 403 on /v0.1/user; /v0.1/apps then names its one app. */
async function identifyAppToken(
  baseUrl: string,
  token: string,
  message: string,
): Promise<TokenIdentity> {
  try {
    const response = await call(baseUrl, '/v0.1/apps', token)
    const apps = response.ok ? await readJson(response) : null
    if (Array.isArray(apps) && apps.length === 1) {
      const app = apps[0] as { name?: unknown; owner?: { name?: unknown } }
      if (typeof app.name === 'string' && typeof app.owner?.name === 'string') {
        return {
          kind: 'app',
          app: { owner_name: app.owner.name, app_name: app.name },
          message,
        }
      }
    }
  } catch {
    // Which app it is, is a nicety; the token is valid either way.
  }
  return { kind: 'app', message }
}

/**
 * Checks a token with GET /v0.1/user against the target it is meant for.
 * The token goes to that base URL only, in the X-API-Token header.
 */
export async function verifyToken(
  baseUrl: string,
  token: string,
  signal?: AbortSignal,
): Promise<TokenIdentity> {
  let response: Response
  try {
    response = await call(baseUrl, '/v0.1/user', token, signal)
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new VerifyError(
        'timeout',
        `${baseUrl} did not answer within ${VERIFY_TIMEOUT_MS / 1000} seconds.`,
      )
    }
    const blocked = await blockedByPolicy(baseUrl)
    if (blocked) throw new VerifyError('blocked', policyBlockedMessage(blocked))
    throw new VerifyError(
      'unreachable',
      `Could not reach ${baseUrl}. It may be down, or it does not allow calls from this page (CORS).`,
    )
  }
  const body = await readJson(response)
  if (response.ok) {
    const user = body as {
      display_name?: unknown
      name?: unknown
      email?: unknown
    } | null
    if (user && typeof user.name === 'string') {
      return {
        kind: 'user',
        name: user.name,
        displayName:
          typeof user.display_name === 'string' ? user.display_name : user.name,
        email: typeof user.email === 'string' ? user.email : undefined,
      }
    }
    throw new VerifyError(
      'unexpected',
      `${baseUrl} answered GET /v0.1/user without a user profile.`,
      response.status,
    )
  }
  const serverMessage = errorMessage(body)
  if (
    response.status === 403 &&
    /app token|app api token|one app|limited to/i.test(serverMessage)
  ) {
    return identifyAppToken(baseUrl, token, serverMessage)
  }
  if (response.status === 401) {
    throw new VerifyError('rejected', rejectedTokenMessage(serverMessage), 401)
  }
  throw new VerifyError(
    'unexpected',
    `GET /v0.1/user answered ${response.status}${serverMessage ? `: ${serverMessage}` : ''}.`,
    response.status,
  )
}
