import { useAuthStore } from '@/stores/auth-store'
import {
  demoTokenLabel,
  useSandboxDemo,
  type DemoToken,
} from '@/lib/sandbox-demo'

interface DemoTokensProps {
  onUse: (token: DemoToken) => void
  disabled: boolean
}

/** In the sandbox, one click authorizes with a demo token of any kind. */
export function DemoTokens({ onUse, disabled }: DemoTokensProps) {
  const isSandbox = useAuthStore((state) => state.targetKind === 'sandbox')
  const demo = useSandboxDemo(isSandbox)
  if (!isSandbox) return null
  if (demo.isError) {
    return (
      <p className="hint" role="status">
        The sandbox did not answer, so no demo tokens are available. Is the app
        running with <code>npm start</code> or <code>npm run dev</code>?
      </p>
    )
  }
  return (
    <div className="demo-tokens">
      <h3>Sandbox demo tokens</h3>
      <ul>
        {(demo.data?.tokens ?? []).map((token) => (
          <li key={`${token.kind}-${token.access}`}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onUse(token)}
            >
              Use: {demoTokenLabel(token)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
