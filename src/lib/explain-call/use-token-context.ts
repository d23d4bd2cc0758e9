import { useSandboxDemo } from '@/lib/sandbox-demo'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'
import type { TokenContext } from './call-outcome'

/** What is known about the current token, to explain 401 and 403 precisely. */
export function useTokenContext(): TokenContext {
  const token = useAuthStore((state) => state.token)
  const targetKind = useAuthStore((state) => state.targetKind)
  const targetBaseUrl = useAuthStore((state) => currentTargetBaseUrl(state))
  const demo = useSandboxDemo(targetKind === 'sandbox')
  // Sandbox demo tokens say what they are; App Center does not say it about other tokens.
  const known =
    targetKind === 'sandbox'
      ? demo.data?.tokens.find((candidate) => candidate.value === token)
      : undefined
  return {
    hasToken: token !== null,
    kind: known?.kind ?? 'unknown',
    access: known?.access ?? 'unknown',
    targetKind,
    targetBaseUrl,
  }
}
