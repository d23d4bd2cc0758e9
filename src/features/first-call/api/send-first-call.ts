import {
  useMutation,
  useQueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query'
import { callWithToken, type CallResult } from './call-with-token'
import { firstCallKeys } from './first-call-keys'

type MutationConfig = Omit<
  UseMutationOptions<CallResult, Error, void>,
  'mutationFn'
>

/** The first call: GET /v0.1/user on the authorized target. */
export function useSendFirstCall({
  mutationConfig,
}: { mutationConfig?: MutationConfig } = {}) {
  const queryClient = useQueryClient()
  const { onSuccess, ...rest } = mutationConfig ?? {}
  return useMutation({
    mutationKey: firstCallKeys.user(),
    mutationFn: () => callWithToken('/v0.1/user'),
    ...rest,
    onSuccess: async (...args) => {
      // What the token can see may have changed; later steps ask again.
      await queryClient.invalidateQueries({ queryKey: firstCallKeys.all })
      await onSuccess?.(...args)
    },
  })
}
