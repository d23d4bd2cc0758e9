import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { sessionKeys } from '@/features/authorize/api/session-keys'
import { firstCallKeys } from '@/features/first-call/api/first-call-keys'
import { useAuthStore } from '@/stores/auth-store'

/**
 * Results obtained with one token must not be shown for another. The token
 * stays out of query keys (Devtools shows them), so its changes clear the
 * token-dependent queries here instead.
 */
export function useSessionReset(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      useAuthStore.subscribe((state, previous) => {
        if (state.token === previous.token) return
        if (state.token === null)
          queryClient.removeQueries({ queryKey: sessionKeys.all })
        void queryClient.resetQueries({ queryKey: firstCallKeys.all })
      }),
    [queryClient],
  )
}
