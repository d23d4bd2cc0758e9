import { queryOptions, useQuery } from '@tanstack/react-query'
import { DescriptionError } from '../description-error'
import { takeStartupLoad } from './startup-load'
import {
  bundledDescriptionUrl,
  sourceKey,
  type DescriptionSource,
} from '../description-source'
import { getRegisteredFile } from '../file-registry'
import type { LoadedDescription } from '../loaded-description'
import { parseInWorker } from '../parse-in-worker'
import { maxDescriptionBytes, urlJob } from '../parse-worker-client'
import { refuseOverLimit } from '../size-limit'

async function readSource(
  source: DescriptionSource,
  signal: AbortSignal,
): Promise<LoadedDescription> {
  switch (source.kind) {
    case 'bundled':
    case 'url': {
      const url =
        source.kind === 'bundled' ? bundledDescriptionUrl() : source.url
      return takeStartupLoad(url) ?? parseInWorker(urlJob(url), signal)
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

export function specQueryOptions(source: DescriptionSource) {
  return queryOptions({
    queryKey: ['spec', { source: sourceKey(source) }],
    queryFn: ({ signal }) => readSource(source, signal),
    // A description does not change under the user's feet; reload is explicit.
    staleTime: Infinity,
    // A digest is large and never edited: comparing it deeply with the last one would only cost time.
    structuralSharing: false,
    retry: false,
  })
}

export function useSpec(source: DescriptionSource | null) {
  return useQuery({
    ...specQueryOptions(source ?? { kind: 'bundled' }),
    enabled: source !== null,
  })
}
