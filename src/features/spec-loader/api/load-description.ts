import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DescriptionSource } from '../description-source'
import { syncUrlParam, useDescriptionStore } from '../description-store'
import { forgetKeptFile, keepFile } from '../kept-file'
import { specQueryOptions } from './get-spec'

/**
 * Loads a description without replacing what is on screen until it has
 * loaded and parsed: a failure leaves the previous description usable.
 */
export function useLoadDescription() {
  const queryClient = useQueryClient()
  const setDisplayed = useDescriptionStore((state) => state.setDisplayed)
  return useMutation({
    mutationFn: async (source: DescriptionSource) => {
      const options = specQueryOptions(source)
      // A failed earlier attempt should be retried, not replayed from the cache.
      if (queryClient.getQueryState(options.queryKey)?.status === 'error') {
        queryClient.removeQueries({ queryKey: options.queryKey, exact: true })
      }
      return queryClient.fetchQuery(options)
    },
    onSuccess: (_description, source) => {
      setDisplayed(source)
      syncUrlParam(source)
      if (source.kind === 'file') void keepFile(source)
      else forgetKeptFile()
    },
  })
}
