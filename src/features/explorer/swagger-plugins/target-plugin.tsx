import type { ComponentType, MouseEvent } from 'react'
import { TARGET_LABELS } from '@/lib/targets'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'

/**
 * Where calls go is chosen once, in the Authorize panel, so Swagger UI's own
 * server and scheme pickers give way to a line that says where they go.
 */
function TargetLine() {
  const targetKind = useAuthStore((state) => state.targetKind)
  const baseUrl = useAuthStore((state) => currentTargetBaseUrl(state))
  const setPanelOpen = useAuthStore((state) => state.setPanelOpen)
  return (
    <div className="target-line">
      <span>
        Try-it-out calls go to <strong>{TARGET_LABELS[targetKind]}</strong>:{' '}
        <code>{baseUrl}</code>
      </span>
      <button type="button" onClick={() => setPanelOpen(true)}>
        Change target
      </button>
    </div>
  )
}

interface AuthorizeButtonProps {
  onClick?: (event?: MouseEvent) => void
}

/** Swagger UI's Authorize buttons keep their look but open our panel instead of its dialog. */
function openPanelInstead(Original: ComponentType<AuthorizeButtonProps>) {
  return function AuthorizeViaPanel(props: AuthorizeButtonProps) {
    return (
      <Original
        {...props}
        onClick={() => useAuthStore.getState().setPanelOpen(true)}
      />
    )
  }
}

interface ConfigsSystem {
  getConfigs(): { validatorUrl?: string | null }
}

export function targetPlugin() {
  return {
    statePlugins: {
      configs: {
        wrapActions: {
          // No prop turns the online validator off; descriptions must never be sent to a third party.
          loaded:
            (
              original: (...args: unknown[]) => unknown,
              system: ConfigsSystem,
            ) =>
            (...args: unknown[]) => {
              system.getConfigs().validatorUrl = null
              return original(...args)
            },
        },
      },
    },
    components: {
      ServersContainer: TargetLine,
      SchemesContainer: TargetLine,
    },
    wrapComponents: {
      authorizeBtn: openPanelInstead,
      authorizeOperationBtn: openPanelInstead,
      // Never render a badge that would load a remote validator image.
      onlineValidatorBadge: () => () => null,
    },
  }
}
