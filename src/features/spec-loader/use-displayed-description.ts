import { useSpec } from './api/get-spec'
import { sourceKey } from './description-source'
import { useDescriptionStore } from './description-store'

/** The description on screen, with a key that changes whenever the source does. */
export function useDisplayedDescription() {
  const displayed = useDescriptionStore((state) => state.displayed)
  const query = useSpec(displayed)
  return {
    source: displayed,
    key: displayed ? sourceKey(displayed) : null,
    description: query.data,
    isLoading: displayed === null || query.isPending,
  }
}
