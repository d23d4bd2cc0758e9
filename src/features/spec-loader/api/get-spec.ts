import { queryOptions, useQuery } from '@tanstack/react-query'
import { DescriptionError } from '../description-error'
import {
  BUNDLED_DESCRIPTION_PATH,
  sourceKey,
  type DescriptionSource,
} from '../description-source'
import { getRegisteredFile } from '../file-registry'
import type { LoadedDescription } from '../loaded-description'
import { parseBytes } from '../parse-off-main-thread'

export const DESCRIPTION_FETCH_TIMEOUT_MS = 30_000

function statusLine(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
}

/**
 * Fetches a description with no credentials and no referrer: loading a
 * description must never carry the user's token or cookies anywhere.
 */
export async function fetchDescriptionBytes(
  url: string,
  signal?: AbortSignal,
  timeoutMs = DESCRIPTION_FETCH_TIMEOUT_MS,
): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, {
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
        `${url} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
      )
    }
    if (signal?.aborted) throw error
    throw new DescriptionError(
      'unreachable',
      `Could not reach ${url}. The server may be down or the address wrong, it may not allow this page to read it (CORS), or this explorer's security policy does not list its origin (EXPLORER_CONNECT_SRC).`,
    )
  }
  if (!response.ok) {
    throw new DescriptionError(
      'http',
      `${url} answered ${statusLine(response)}, not a description.`,
    )
  }
  return response.arrayBuffer()
}

async function readSource(
  source: DescriptionSource,
  signal: AbortSignal,
): Promise<LoadedDescription> {
  switch (source.kind) {
    case 'bundled':
      return parseBytes(
        await fetchDescriptionBytes(BUNDLED_DESCRIPTION_PATH, signal),
        'openapi.yaml',
      )
    case 'url':
      return parseBytes(
        await fetchDescriptionBytes(source.url, signal),
        new URL(source.url).pathname,
      )
    case 'file': {
      const file = getRegisteredFile(source.id)
      if (!file)
        throw new DescriptionError(
          'empty',
          `The file ${source.name} is no longer available.`,
        )
      return parseBytes(await file.arrayBuffer(), source.name)
    }
  }
}

export function specQueryOptions(source: DescriptionSource) {
  return queryOptions({
    queryKey: ['spec', { source: sourceKey(source) }],
    queryFn: ({ signal }) => readSource(source, signal),
    // A description does not change under the user's feet; reload is explicit.
    staleTime: Infinity,
    retry: false,
  })
}

export function useSpec(source: DescriptionSource | null) {
  return useQuery({
    ...specQueryOptions(source ?? { kind: 'bundled' }),
    enabled: source !== null,
  })
}
