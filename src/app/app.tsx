import { type MouseEvent } from 'react'
import { ClientOnly } from '@/components/client-only'
import { lazyPart } from '@/components/lazy-part'
import { AuthorizeButton } from '@/features/authorize/components/authorize-button'
import { IdleNotice } from '@/features/authorize/components/idle-notice'
import { FirstCallFlow } from '@/features/first-call/components/first-call-flow'
import { FirstCallToggle } from '@/features/first-call/components/first-call-toggle'
import { HistoryButton } from '@/features/history/components/history-button'
import { HistoryWhenOpen } from '@/features/history/components/history-when-open'
import { DescriptionPicker } from '@/features/spec-loader/components/description-picker'
import { ThemeToggle } from '@/features/theme/components/theme-toggle'
import { ApiReference, ReferencePlaceholder } from './api-reference'
import { AppProvider } from './provider'
import { useAuthStore } from '@/stores/auth-store'
import { useSessionReset } from './use-session-reset'
import { useTakeOverPrerenderedPage } from './use-take-over-prerendered-page'
import './app.css'

// The panel's forms load when it first opens: the page paints without them.
const authorizePanel = lazyPart(
  async () =>
    (await import('@/features/authorize/components/authorize-panel'))
      .AuthorizePanel,
)

function AuthorizePanelWhenOpen() {
  const open = useAuthStore((state) => state.panelOpen)
  return open ? (
    <authorizePanel.LazyPart
      loading={
        <div className="authorize-panel">
          <p className="hint" role="status">
            Loading the Authorize panel…
          </p>
        </div>
      }
      failed="The Authorize panel could not be loaded (is the network down?)."
    />
  ) : null
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
  useTakeOverPrerenderedPage()
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
          <HistoryButton />
          <ThemeToggle />
          <AuthorizeButton />
        </nav>
      </header>
      <AuthorizePanelWhenOpen />
      <HistoryWhenOpen />
      <IdleNotice />
      <main>
        <FirstCallFlow />
        {/* Both depend on the address and on data: not part of the prerendered page. */}
        <ClientOnly fallback={<div className="picker picker-pending" />}>
          <DescriptionPicker />
        </ClientOnly>
        <section id="api-reference" aria-label="API reference" tabIndex={-1}>
          <ClientOnly fallback={<ReferencePlaceholder />}>
            <ApiReference />
          </ClientOnly>
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
