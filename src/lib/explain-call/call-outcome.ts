/** What happened when the first-call flow sent a request, before any explanation. */
export type CallOutcome =
  /** fetch itself failed: the server is down, the address is wrong, or CORS blocked the answer. */
  | { kind: 'network'; url: string }
  /** The page's own security policy (connect-src) stopped the request before it was sent. */
  | { kind: 'blocked'; url: string; origin: string }
  | { kind: 'timeout'; url: string; timeoutMs: number }
  /** The server redirected; the redirect was not followed, so the token did not go along. */
  | { kind: 'redirect'; url: string }
  | {
      kind: 'response'
      url: string
      status: number
      statusText: string
      contentType: string | null
      /** Seconds, from the Retry-After header, when present and numeric (or an HTTP date turned into seconds). */
      retryAfterSeconds: number | null
      /** The raw body text (possibly truncated for display). */
      bodyText: string
      /** The parsed JSON body, or undefined when the body is not JSON. */
      json: unknown
      durationMs: number
    }

/** What the user told us about the token, so 401/403 can be explained precisely. */
export interface TokenContext {
  hasToken: boolean
  kind: 'user' | 'app' | 'unknown'
  access: 'full' | 'read_only' | 'unknown'
  targetKind: 'sandbox' | 'production' | 'custom'
  targetBaseUrl: string
}

/** Seconds to wait, from a Retry-After header: a number of seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number,
): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}

/** The body as JSON, or undefined when it is not JSON. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
