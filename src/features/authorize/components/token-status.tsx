import { useAuthStore } from '@/stores/auth-store'
import { useSandboxDemo } from '@/lib/sandbox-demo'
import { useIdentity } from '../api/get-identity'
import { describeIdentity, type Access } from '../token-identity'

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
  if (!hasToken)
    return (
      <p className="token-status">
        Not authorized: try-it-out calls go without a token.
      </p>
    )
  if (identity.isPending)
    return <p className="token-status">Checking the token…</p>
  if (identity.isError) {
    return (
      <p className="token-status" role="alert">
        The token is kept, but it could not be checked: {identity.error.message}
      </p>
    )
  }
  return (
    <p className="token-status token-status-ok">
      {describeIdentity(identity.data, access)}.
      {access === 'unknown' &&
        ' App Center does not say whether a token is read-only; a change will tell.'}
    </p>
  )
}
