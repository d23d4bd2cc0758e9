import { useMutation } from '@tanstack/react-query'
import type { AppRef } from '@/stores/app-selection-store'
import { callWithToken } from './call-with-token'
import { firstCallKeys } from './first-call-keys'

/** The suggested next call: who can work on the chosen app. */
export function useListAppUsers() {
  return useMutation({
    mutationKey: firstCallKeys.appUsers(),
    mutationFn: ({ owner_name, app_name }: AppRef) =>
      callWithToken(
        `/v0.1/apps/${encodeURIComponent(owner_name)}/${encodeURIComponent(app_name)}/users`,
      ),
  })
}
