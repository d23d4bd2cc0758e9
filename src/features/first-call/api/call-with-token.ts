import { blockedByPolicy } from '@/lib/connect-policy'
import { historyFetch } from '@/lib/history-fetch'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'
import type { CallOutcome } from '../call-outcome'

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

function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
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

/**
 * GET a path on the authorized target with the session's token. The timer is
 * ours (not AbortSignal.timeout) so that tests can drive it with a fake clock.
 */
export async function callWithToken(
  path: string,
  signal?: AbortSignal,
): Promise<CallResult> {
  const session = useAuthStore.getState()
  const url = `${currentTargetBaseUrl(session)}${path}`
  const request = describeRequest(url, session.token !== null)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, FIRST_CALL_TIMEOUT_MS)
  signal?.addEventListener('abort', () => controller.abort())
  const started = performance.now()
  try {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (session.token) headers['X-API-Token'] = session.token
    const response = await historyFetch('first-call')(url, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: controller.signal,
    })
    const text = await response.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return {
      request,
      outcome: {
        kind: 'response',
        url,
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers.get('content-type'),
        retryAfterSeconds: parseRetryAfter(
          response.headers.get('retry-after'),
          Date.now(),
        ),
        bodyText:
          text.length > MAX_SHOWN_BODY_CHARS
            ? `${text.slice(0, MAX_SHOWN_BODY_CHARS)}\n… (cut for display)`
            : text,
        json,
        durationMs: Math.round(performance.now() - started),
      },
    }
  } catch (error) {
    if (timedOut)
      return {
        request,
        outcome: { kind: 'timeout', url, timeoutMs: FIRST_CALL_TIMEOUT_MS },
      }
    if (signal?.aborted) throw error
    const blocked = await blockedByPolicy(url)
    if (blocked)
      return { request, outcome: { kind: 'blocked', url, origin: blocked } }
    return { request, outcome: { kind: 'network', url } }
  } finally {
    clearTimeout(timer)
  }
}
