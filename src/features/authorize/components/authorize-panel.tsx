import { useEffect, useRef } from 'react'
import { useAuthStore } from '@/stores/auth-store'
import { BasicCredentials } from './basic-credentials'
import { AUTHORIZE_PANEL_ID } from './panel-id'
import { focusById, TOKEN_FIELD_ID } from './focus-targets'
import { SessionSettings } from './session-settings'
import { TargetPicker } from './target-picker'
import { TokenForm } from './token-form'
import { TokenGuidance } from './token-guidance'
import { TokenStatus } from './token-status'

export { AUTHORIZE_PANEL_ID }

/** The Authorize panel: target, token, status, log out, and where the token is kept. */
export function AuthorizePanel() {
  const open = useAuthStore((state) => state.panelOpen)
  const setOpen = useAuthStore((state) => state.setPanelOpen)
  const hasToken = useAuthStore((state) => state.token !== null)
  const logout = useAuthStore((state) => state.logout)
  const reveal = useAuthStore((state) => state.revealInSnippets)
  const setReveal = useAuthStore((state) => state.setRevealInSnippets)
  const panel = useRef<HTMLElement>(null)

  useEffect(() => {
    if (open)
      panel.current
        ?.querySelector<HTMLInputElement>('input[name="api-token"]')
        ?.focus()
  }, [open])

  if (!open) return null
  const close = () => {
    setOpen(false)
    document.getElementById('authorize-button')?.focus()
  }
  return (
    // Escape closes the dialog, as the dialog pattern asks; the key comes from the controls inside it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      id={AUTHORIZE_PANEL_ID}
      ref={panel}
      className="authorize-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="authorize-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
      }}
    >
      <div className="panel-head">
        <h2 id="authorize-heading">Authorize</h2>
        <button
          type="button"
          onClick={close}
          aria-label="Close the Authorize panel"
        >
          Close
        </button>
      </div>
      <TokenStatus />
      <TargetPicker />
      <TokenForm />
      {hasToken && (
        <div className="panel-row">
          <button
            type="button"
            className="logout"
            onClick={() => {
              logout('user')
              // The button is gone with the token; the next step is a new token.
              focusById(TOKEN_FIELD_ID)
            }}
          >
            Log out
          </button>
          <label className="radio-row">
            <input
              type="checkbox"
              checked={reveal}
              onChange={(event) => setReveal(event.target.checked)}
            />
            <span>
              Show the token in request snippets (by default they say{' '}
              <code>$APPCENTER_API_TOKEN</code>)
            </span>
          </label>
        </div>
      )}
      <BasicCredentials />
      <SessionSettings />
      <TokenGuidance />
    </section>
  )
}
