import { useMutation, useQueryClient } from '@tanstack/react-query'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'
import { identityQueryOptions } from './get-identity'
import { sessionKeys } from './session-keys'
import { verifyToken } from './verify-token'

/**
 * Verifies a candidate token before keeping it: a token the target rejects
 * never reaches the store or sessionStorage.
 */
export function useAuthorizeToken() {
  const queryClient = useQueryClient()
  const authorize = useAuthStore((state) => state.authorize)
  return useMutation({
    mutationFn: (token: string) => verifyToken(currentTargetBaseUrl(), token),
    onSuccess: (identity, token) => {
      // The verification just made is the identity: seed it, so nothing asks twice.
      queryClient.removeQueries({ queryKey: sessionKeys.all })
      authorize(token)
      queryClient.setQueryData(identityQueryOptions().queryKey, identity)
    },
  })
}
