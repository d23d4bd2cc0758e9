import { callApi } from '@/lib/api-client'
import { currentTargetSession } from '@/stores/auth-store'
import {
  parseRetryAfter,
  type CallOutcome,
} from '@/lib/explain-call/call-outcome'

export const FIRST_CALL_TIMEOUT_MS = 15_000
/** Bodies are shown as text; a huge one is cut for display. */
export const MAX_SHOWN_BODY_CHARS = 64 * 1024

export interface SentRequest {
  method: 'GET'
  url: string
  /** As shown to the user: the token is never in here. */
  shownHeaders: Record<string, string>
  curl: string
}

export interface CallResult {
  request: SentRequest
  outcome: CallOutcome
}

function describeRequest(url: string, hasToken: boolean): SentRequest {
  const shownHeaders: Record<string, string> = { Accept: 'application/json' }
  if (hasToken) shownHeaders['X-API-Token'] = '$APPCENTER_API_TOKEN'
  const curl = [
    `curl "${url}"`,
    ...Object.entries(shownHeaders).map(
      ([name, value]) => `  -H "${name}: ${value}"`,
    ),
  ].join(' \\\n')
  return { method: 'GET', url, shownHeaders, curl }
}

/** GET a path on the authorized target with the session's token, as the guide shows it. */
export async function callWithToken(
  path: string,
  signal?: AbortSignal,
): Promise<CallResult> {
  const session = currentTargetSession()
  const url = `${session.baseUrl}${path}`
  const request = describeRequest(url, session.token !== null)
  const outcome = await callApi({
    url,
    session,
    timeoutMs: FIRST_CALL_TIMEOUT_MS,
    signal,
    source: 'first-call',
  })
  switch (outcome.kind) {
    case 'response':
      return {
        request,
        outcome: {
          kind: 'response',
          url,
          status: outcome.status,
          statusText: outcome.statusText,
          contentType: outcome.headers.get('content-type'),
          retryAfterSeconds: parseRetryAfter(
            outcome.headers.get('retry-after'),
            Date.now(),
          ),
          bodyText:
            outcome.text.length > MAX_SHOWN_BODY_CHARS
              ? `${outcome.text.slice(0, MAX_SHOWN_BODY_CHARS)}\n… (cut for display)`
              : outcome.text,
          json: outcome.json,
          durationMs: outcome.durationMs,
        },
      }
    case 'blocked':
      return {
        request,
        outcome: { kind: 'blocked', url, origin: outcome.origin },
      }
    case 'timeout':
      return {
        request,
        outcome: { kind: 'timeout', url, timeoutMs: outcome.timeoutMs },
      }
    case 'redirect':
      return { request, outcome: { kind: 'redirect', url } }
    case 'network':
      return { request, outcome: { kind: 'network', url } }
  }
}
