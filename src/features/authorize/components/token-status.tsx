import { useAuthStore } from '@/stores/auth-store'
import { useSandboxDemo } from '@/lib/sandbox-demo'
import { useIdentity } from '../api/get-identity'
import { describeIdentity, type Access } from '../token-identity'
import { TOKEN_STATUS_ID } from './focus-targets'

/** The access level is known for sandbox demo tokens; App Center does not report it. */
export function useTokenAccess(): Access {
  const token = useAuthStore((state) => state.token)
  const isSandbox = useAuthStore((state) => state.targetKind === 'sandbox')
  const demo = useSandboxDemo(isSandbox)
  const match = isSandbox
    ? demo.data?.tokens.find((candidate) => candidate.value === token)
    : undefined
  return match?.access ?? 'unknown'
}

/** One line that says whether, and as whom, calls are authorized. */
export function TokenStatus() {
  const hasToken = useAuthStore((state) => state.token !== null)
  const identity = useIdentity()
  const access = useTokenAccess()
  // Focus lands here after Authorize (token-form.tsx): the answer to "did it work?".
  const line = { id: TOKEN_STATUS_ID, tabIndex: -1 }
  if (!hasToken)
    return (
      <p className="token-status" {...line}>
        Not authorized: try-it-out calls go without a token.
      </p>
    )
  if (identity.isPending)
    return (
      <p className="token-status" {...line}>
        Checking the token…
      </p>
    )
  if (identity.isError) {
    return (
      <p className="token-status" role="alert" {...line}>
        The token is kept, but it could not be checked: {identity.error.message}
      </p>
    )
  }
  return (
    <p className="token-status token-status-ok" {...line}>
      {describeIdentity(identity.data, access)}.
      {access === 'unknown' &&
        ' App Center does not say whether a token is read-only; a change will tell.'}
    </p>
  )
}
