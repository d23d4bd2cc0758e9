import {
  parseJsonBody,
  parseRetryAfter,
  type CallOutcome,
} from '@/lib/explain-call/call-outcome'

/** Swagger UI's record of a try-it-out response (its `responses` state), as plain data. */
export interface TryItOutResponse {
  status?: number
  statusText?: string
  url?: string
  headers?: Record<string, string | string[]>
  text?: unknown
  duration?: number
  /** Set when fetch failed, or when our request interceptor stopped the request. */
  error?: boolean
  message?: string
}

const FAILED_TO_FETCH = /failed to fetch/i

function header(
  headers: TryItOutResponse['headers'],
  name: string,
): string | null {
  for (const [key, value] of Object.entries(headers ?? {}))
    if (key.toLowerCase() === name)
      return Array.isArray(value) ? value.join(', ') : value
  return null
}

/**
 * What a try-it-out call came to, in the terms the failure explainer
 * speaks. Null when there is nothing to explain in words of ours: a stop by
 * the explorer itself says why where it happens.
 */
export function tryItOutOutcome(
  response: TryItOutResponse,
  requestUrl: string,
  stoppedByPolicy: (url: string) => string | null,
  now: number,
): CallOutcome | null {
  const url = response.url ?? requestUrl
  if (typeof response.status === 'number' && response.status > 0) {
    const bodyText = typeof response.text === 'string' ? response.text : ''
    return {
      kind: 'response',
      url,
      status: response.status,
      statusText: response.statusText ?? '',
      contentType: header(response.headers, 'content-type'),
      retryAfterSeconds: parseRetryAfter(
        header(response.headers, 'retry-after'),
        now,
      ),
      bodyText,
      json: parseJsonBody(bodyText),
      durationMs: response.duration ?? 0,
    }
  }
  if (!response.error || !FAILED_TO_FETCH.test(response.message ?? ''))
    return null
  const origin = stoppedByPolicy(url)
  return origin ? { kind: 'blocked', url, origin } : { kind: 'network', url }
}
