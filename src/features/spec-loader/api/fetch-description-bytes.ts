import { blockedByPolicy, policyBlockedMessage } from '@/lib/connect-policy'
import { DescriptionError, isDescriptionError } from '../description-error'
import { descriptionRoute } from '@/lib/page-server'
import { serverFetchError } from './server-fetch-error'

export const DESCRIPTION_FETCH_TIMEOUT_MS = 30_000

function statusLine(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
}

/**
 * Fetches a description: by the page itself, at once; when that cannot
 * reach it (the page's policy stops it, or the host does not let this page
 * read it), through the explorer's own server, where there is one (see
 * src/lib/page-server.ts).
 */
export async function fetchDescription(
  url: string,
  signal?: AbortSignal,
): Promise<Response> {
  try {
    return await fetchFrom(url, url, signal)
  } catch (error) {
    if (!isDescriptionError(error) || error.kind !== 'unreachable') throw error
    const route = await descriptionRoute(url)
    const endpoint =
      route.kind === 'server'
        ? route.endpoint
        : route.kind === 'direct'
          ? route.fallback
          : null
    if (!endpoint) throw error
    return fetchFrom(url, endpoint, signal)
  }
}

/**
 * Fetches `url` from `from` (the URL itself, or the server's endpoint for
 * it) with no credentials and no referrer: loading a description must never
 * carry the user's token or cookies anywhere. Resolves once the headers say
 * a body is coming; the timeout also covers reading that body.
 */
async function fetchFrom(
  url: string,
  from: string,
  signal?: AbortSignal,
): Promise<Response> {
  const timeout = AbortSignal.timeout(DESCRIPTION_FETCH_TIMEOUT_MS)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(from, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: {
        Accept: 'application/json, application/yaml, text/yaml, */*;q=0.8',
      },
      signal: combined,
    })
  } catch (error) {
    if (timeout.aborted) {
      throw new DescriptionError(
        'timeout',
        `${url} did not answer within ${Math.round(DESCRIPTION_FETCH_TIMEOUT_MS / 1000)} seconds.`,
      )
    }
    if (signal?.aborted) throw error
    const blocked = await blockedByPolicy(from)
    if (blocked)
      throw new DescriptionError('unreachable', policyBlockedMessage(blocked))
    throw new DescriptionError(
      'unreachable',
      `Could not reach ${url}. The server may be down or the address wrong, or it may not allow this page to read it (CORS).`,
    )
  }
  if (!response.ok && from !== url) throw await serverFetchError(response, url)
  if (!response.ok) {
    throw new DescriptionError(
      'http',
      `${url} answered ${statusLine(response)}, not a description.`,
    )
  }
  return response
}

/** Fetches a description's whole body, naming a download that stopped halfway. */
export async function fetchDescriptionBytes(
  url: string,
  signal?: AbortSignal,
): Promise<ArrayBuffer> {
  const response = await fetchDescription(url, signal)
  try {
    return await response.arrayBuffer()
  } catch (error) {
    throw interrupted(url, error)
  }
}

/** A body that stopped arriving: the connection dropped, or the timeout ran out mid-download. */
function interrupted(url: string, error: unknown): DescriptionError {
  const timedOut =
    error instanceof DOMException && error.name === 'TimeoutError'
  return new DescriptionError(
    timedOut ? 'timeout' : 'unreachable',
    timedOut
      ? `${url} did not finish sending the description within ${Math.round(DESCRIPTION_FETCH_TIMEOUT_MS / 1000)} seconds.`
      : `The download of ${url} was interrupted. Try loading it again.`,
  )
}
