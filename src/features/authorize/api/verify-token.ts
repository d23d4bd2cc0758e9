import { appCenterError, callApi, type ApiOutcome } from '@/lib/api-client'
import { policyBlockedMessage } from '@/lib/connect-policy'
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

function call(
  baseUrl: string,
  path: string,
  token: string,
  signal?: AbortSignal,
): Promise<ApiOutcome> {
  return callApi({
    url: `${baseUrl}${path}`,
    session: { baseUrl, token },
    timeoutMs: VERIFY_TIMEOUT_MS,
    signal,
  })
}

/** An app token answers 403 on /v0.1/user; /v0.1/apps then names its one app. */
async function identifyAppToken(
  baseUrl: string,
  token: string,
  message: string,
): Promise<TokenIdentity> {
  const answer = await call(baseUrl, '/v0.1/apps', token)
  const apps =
    answer.kind === 'response' && answer.status === 200 ? answer.json : null
  // Which app it is, is a nicety; the token is valid either way.
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
  const answer = await call(baseUrl, '/v0.1/user', token, signal)
  switch (answer.kind) {
    case 'timeout':
      throw new VerifyError(
        'timeout',
        `${baseUrl} did not answer within ${VERIFY_TIMEOUT_MS / 1000} seconds.`,
      )
    case 'blocked':
      throw new VerifyError('blocked', policyBlockedMessage(answer.origin))
    case 'network':
      throw new VerifyError(
        'unreachable',
        `Could not reach ${baseUrl}. It may be down, or it does not allow calls from this page (CORS).`,
      )
    case 'redirect':
      throw new VerifyError(
        'unexpected',
        `${baseUrl} answered GET /v0.1/user with a redirect. It was not followed, so the token was not sent anywhere else; check the base URL.`,
      )
    case 'response':
      return identify(baseUrl, token, answer)
  }
}

async function identify(
  baseUrl: string,
  token: string,
  response: Extract<ApiOutcome, { kind: 'response' }>,
): Promise<TokenIdentity> {
  const body = response.json ?? null
  if (response.status >= 200 && response.status < 300) {
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
  const serverMessage = appCenterError(body)?.message ?? ''
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
