import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { DescriptionSource } from '../description-source'
import { syncUrlParam, useDescriptionStore } from '../description-store'
import { forgetKeptFile, keepFile } from '../kept-file'
import { specQueryOptions } from './get-spec'
import { specKeys } from './spec-keys'

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
      // A failed earlier attempt (of the description or of its parts) should
      // be retried, not replayed from the cache: both are loaded again.
      const failed = [options.queryKey, specKeys.parts(source)].some(
        (queryKey) => queryClient.getQueryState(queryKey)?.status === 'error',
      )
      if (failed) queryClient.removeQueries({ queryKey: options.queryKey })
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
