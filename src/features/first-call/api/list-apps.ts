import { queryOptions, useQuery } from '@tanstack/react-query'
import type { AppRef } from '@/stores/app-selection-store'
import { callWithToken } from './call-with-token'
import { firstCallKeys } from './first-call-keys'

export interface ListedApp extends AppRef {
  display_name: string
}

function toListedApps(json: unknown): ListedApp[] {
  if (!Array.isArray(json)) return []
  return json.flatMap(
    (item: {
      name?: unknown
      display_name?: unknown
      owner?: { name?: unknown }
    }) =>
      typeof item?.name === 'string' && typeof item.owner?.name === 'string'
        ? [
            {
              owner_name: item.owner.name,
              app_name: item.name,
              display_name:
                typeof item.display_name === 'string'
                  ? item.display_name
                  : item.name,
            },
          ]
        : [],
  )
}

/** GET /v0.1/apps, as `appcenter apps list` shows it: owner/app pairs. */
export function appsQueryOptions() {
  return queryOptions({
    queryKey: firstCallKeys.apps(),
    queryFn: async ({ signal }) => {
      const result = await callWithToken('/v0.1/apps?$orderBy=name', signal)
      const { outcome } = result
      if (outcome.kind !== 'response' || outcome.status !== 200)
        return { result, apps: null }
      return { result, apps: toListedApps(outcome.json) }
    },
    staleTime: 60_000,
  })
}

export function useApps(enabled: boolean) {
  return useQuery({ ...appsQueryOptions(), enabled })
}
