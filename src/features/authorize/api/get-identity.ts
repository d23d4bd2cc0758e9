import { queryOptions, useQuery } from '@tanstack/react-query'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'
import { sessionKeys } from './session-keys'

/** Who the current token belongs to. */
export function identityQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.identity(),
    queryFn: async ({ signal }) => {
      const { token } = useAuthStore.getState()
      if (!token) throw new Error('No token')
      // Only a page with a token needs the verifier: it stays out of the first bundle.
      const { verifyToken } = await import('./verify-token')
      return verifyToken(currentTargetBaseUrl(), token, signal)
    },
    staleTime: Infinity,
  })
}

export function useIdentity() {
  const hasToken = useAuthStore((state) => state.token !== null)
  return useQuery({ ...identityQueryOptions(), enabled: hasToken })
}
