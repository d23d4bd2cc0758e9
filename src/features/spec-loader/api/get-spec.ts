import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { DescriptionError } from '../description-error'
import {
  bundledDescriptionUrl,
  type DescriptionSource,
} from '../description-source'
import { getRegisteredFile } from '../file-registry'
import type { DescriptionLoad } from '../loaded-description'
import { parseInWorker } from '../parse-in-worker'
import { maxDescriptionBytes, urlJob } from '../parse-worker-client'
import { refuseOverLimit } from '../size-limit'
import { specKeys } from './spec-keys'

async function readSource(
  source: DescriptionSource,
  signal: AbortSignal,
): Promise<DescriptionLoad> {
  switch (source.kind) {
    case 'bundled':
    case 'url': {
      const url =
        source.kind === 'bundled' ? bundledDescriptionUrl() : source.url
      return parseInWorker(urlJob(url), signal)
    }
    case 'file': {
      const file = getRegisteredFile(source.id)
      if (!file)
        throw new DescriptionError(
          'empty',
          `The file ${source.name} is no longer available.`,
        )
      // Refused by its size before it is read (the worker checks again).
      refuseOverLimit(file.size, maxDescriptionBytes())
      return parseInWorker(
        { bytes: await file.arrayBuffer(), fileName: source.name },
        signal,
      )
    }
  }
}

// A description does not change under the user's feet (reload is explicit),
// and a digest is large and never edited: comparing it deeply with the last
// one would only cost time.
const described = {
  staleTime: Infinity,
  structuralSharing: false,
  retry: false,
} as const

/**
 * A description's parts: the JSON text of each operation and definition.
 * The description's own query starts this one with the load it has in
 * hand; only when that is gone from the cache is the source loaded again.
 */
export function specPartsQueryOptions(source: DescriptionSource) {
  return queryOptions({
    queryKey: specKeys.parts(source),
    queryFn: async ({ signal }) => (await readSource(source, signal)).parts,
    ...described,
  })
}

/** A description's summary and index: what the operation index needs. */
export function specQueryOptions(source: DescriptionSource) {
  return queryOptions({
    queryKey: specKeys.description(source),
    queryFn: async ({ signal, client }) => {
      const { description, parts } = await readSource(source, signal)
      // The same load, so the parts are not read twice.
      client.removeQueries({
        queryKey: specKeys.parts(source),
        exact: true,
      })
      void client.prefetchQuery({
        ...specPartsQueryOptions(source),
        queryFn: () => parts,
      })
      return description
    },
    ...described,
  })
}

export function useSpec(source: DescriptionSource | null) {
  return useQuery({
    ...specQueryOptions(source ?? { kind: 'bundled' }),
    enabled: source !== null,
  })
}

/** The parts of a description whose index is in; suspends until they follow it. */
export function useSpecParts(source: DescriptionSource) {
  return useSuspenseQuery(specPartsQueryOptions(source)).data
}
