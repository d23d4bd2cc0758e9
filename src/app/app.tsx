import { type MouseEvent } from 'react'
import { LoadFailed } from '@/components/load-failed'
import { AuthorizeButton } from '@/features/authorize/components/authorize-button'
import { IdleNotice } from '@/features/authorize/components/idle-notice'
import { FirstCallFlow } from '@/features/first-call/components/first-call-flow'
import { FirstCallToggle } from '@/features/first-call/components/first-call-toggle'
import { DescriptionPicker } from '@/features/spec-loader/components/description-picker'
import { ApiReference } from './api-reference'
import { AppProvider } from './provider'
import { onDemand } from '@/lib/on-demand'
import { useAuthStore } from '@/stores/auth-store'
import { useSessionReset } from './use-session-reset'
import './app.css'

// The panel's forms load when it first opens: the page paints without them.
const authorizePanel = onDemand(
  () => import('@/features/authorize/components/authorize-panel'),
)

function AuthorizePanelWhenOpen() {
  const open = useAuthStore((state) => state.panelOpen)
  return open ? <LoadedAuthorizePanel /> : null
}

function LoadedAuthorizePanel() {
  const { value, failed, retry } = authorizePanel.useLoaded()
  if (failed)
    return (
      <LoadFailed retry={retry}>
        The Authorize panel could not be loaded (is the network down?).
      </LoadFailed>
    )
  return value ? <value.AuthorizePanel /> : null
}

// The hash belongs to Swagger UI's deep links, so the skip link moves focus itself.
function skipToReference(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault()
  const target = document.getElementById('api-reference')
  target?.focus()
  target?.scrollIntoView()
}

function Shell() {
  useSessionReset()
  return (
    <>
      <a className="skip-link" href="#api-reference" onClick={skipToReference}>
        Skip to the API reference
      </a>
      <header className="app-header">
        <div className="app-title">
          <span className="app-logo" aria-hidden="true">
            ◆
          </span>
          <h1>App Center API Explorer</h1>
        </div>
        <nav aria-label="Session" className="header-actions">
          <FirstCallToggle />
          <AuthorizeButton />
        </nav>
      </header>
      <AuthorizePanelWhenOpen />
      <IdleNotice />
      <main>
        <FirstCallFlow />
        <DescriptionPicker />
        <section id="api-reference" aria-label="API reference" tabIndex={-1}>
          <ApiReference />
        </section>
      </main>
    </>
  )
}

export function App() {
  return (
    <AppProvider>
      <Shell />
    </AppProvider>
  )
}
