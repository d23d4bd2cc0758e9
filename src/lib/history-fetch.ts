import { blockedByPolicy, policyStopSentence } from '@/lib/connect-policy'
import { recordCall, type CallSource } from '@/stores/history-store'

type Fetch = (input: string, init?: RequestInit) => Promise<Response>

function headerRecord(
  headers: HeadersInit | undefined,
): Record<string, string> {
  if (!headers) return {}
  if (headers instanceof Headers) return Object.fromEntries(headers.entries())
  if (Array.isArray(headers)) return Object.fromEntries(headers)
  return { ...headers }
}

/** A text body as it was sent; files and form data are not copied into the history, only named. */
function recordedBody(body: RequestInit['body']): {
  body: string | null
  bodyOmitted?: string
} {
  if (body === undefined || body === null) return { body: null }
  if (typeof body === 'string') return { body }
  if (body instanceof URLSearchParams) return { body: body.toString() }
  return {
    body: null,
    bodyOmitted: body instanceof FormData ? 'form data' : 'binary data',
  }
}

/** Why a call got no response, in the words the rest of the page uses. */
async function failureOf(url: string, error: unknown): Promise<string> {
  if (error instanceof DOMException && error.name === 'AbortError')
    return 'Cancelled or timed out before a response came.'
  const origin = await blockedByPolicy(url)
  if (origin) return policyStopSentence(origin)
  return 'No response: the server did not answer, or did not allow this page to read it (CORS).'
}

/**
 * `fetch` that also records each call, its request and response, in this
 * tab's history (src/stores/history-store.ts, which redacts the secrets).
 * The caller gets the response untouched; the history reads a copy.
 */
export function historyFetch(
  source: CallSource,
  fetchImpl: Fetch = fetch,
): Fetch {
  return async (input, init = {}) => {
    const startedAt = Date.now()
    const started = performance.now()
    const request = {
      headers: headerRecord(init.headers),
      ...recordedBody(init.body),
    }
    const base = {
      source,
      method: init.method ?? 'GET',
      url: input,
      startedAt,
      redirect: init.redirect ?? 'follow',
      request,
    }
    let response: Response
    try {
      response = await fetchImpl(input, init)
    } catch (error) {
      const durationMs = Math.round(performance.now() - started)
      void failureOf(input, error).then((failure) =>
        recordCall({
          ...base,
          durationMs,
          status: null,
          failure,
          response: null,
        }),
      )
      throw error
    }
    const durationMs = Math.round(performance.now() - started)
    const opaque = response.type === 'opaqueredirect'
    const text = opaque
      ? Promise.resolve(null)
      : response
          .clone()
          .text()
          .catch(() => '(the body could not be read)')
    void text.then((body) =>
      recordCall({
        ...base,
        durationMs,
        status: response.status,
        statusText: response.statusText,
        failure: opaque
          ? 'The server answered with a redirect, which was not followed.'
          : null,
        response: {
          headers: Object.fromEntries(response.headers.entries()),
          body,
        },
      }),
    )
    return response
  }
}
