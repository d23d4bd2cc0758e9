import { useAuthStore } from '@/stores/auth-store'
import { useIdentity } from '../api/get-identity'
import { AUTHORIZE_PANEL_ID } from './panel-id'

/** Always in the header: opens the panel and says who is authorized. */
export function AuthorizeButton() {
  const open = useAuthStore((state) => state.panelOpen)
  const setOpen = useAuthStore((state) => state.setPanelOpen)
  const hasToken = useAuthStore((state) => state.token !== null)
  const identity = useIdentity()
  const who =
    identity.data?.kind === 'user'
      ? identity.data.displayName
      : identity.data?.kind === 'app'
        ? 'app token'
        : null
  return (
    <button
      id="authorize-button"
      type="button"
      className={hasToken ? 'authorize-button authorized' : 'authorize-button'}
      aria-expanded={open}
      aria-controls={AUTHORIZE_PANEL_ID}
      onClick={() => setOpen(!open)}
    >
      {hasToken && <span className="status-dot" aria-hidden="true" />}
      {hasToken ? `Authorized${who ? `: ${who}` : ''}` : 'Authorize'}
    </button>
  )
}
