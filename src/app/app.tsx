import { lazy, Suspense, type MouseEvent } from 'react'
import { ErrorBoundary } from '@/components/error-boundary'
import { AuthorizeButton } from '@/features/authorize/components/authorize-button'
import { AuthorizePanel } from '@/features/authorize/components/authorize-panel'
import { IdleNotice } from '@/features/authorize/components/idle-notice'
import { FirstCallFlow } from '@/features/first-call/components/first-call-flow'
import { FirstCallToggle } from '@/features/first-call/components/first-call-toggle'
import { DescriptionPicker } from '@/features/spec-loader/components/description-picker'
import { useDisplayedDescription } from '@/features/spec-loader/use-displayed-description'
import { AppProvider } from './provider'
import { useSessionReset } from './use-session-reset'
import './app.css'

// Swagger UI is most of the JavaScript; the shell paints before it arrives.
const Explorer = lazy(() => import('@/features/explorer/explorer'))

function ExplorerArea() {
  const { key, description, isLoading } = useDisplayedDescription()
  const placeholder = (
    <p className="explorer-placeholder" role="status">
      Loading the API reference…
    </p>
  )
  if (isLoading || !description) return placeholder
  return (
    <ErrorBoundary
      resetKey={key}
      fallback={(error) => (
        <div role="alert" className="alert alert-error">
          <strong>This description could not be displayed.</strong>{' '}
          {error instanceof RangeError
            ? 'It is nested too deeply for Swagger UI, which ran out of stack'
            : error.message}
          . Load another description above.
        </div>
      )}
    >
      <Suspense fallback={placeholder}>
        <Explorer key={key} spec={description.document} />
      </Suspense>
    </ErrorBoundary>
  )
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
      <AuthorizePanel />
      <IdleNotice />
      <main>
        <FirstCallFlow />
        <DescriptionPicker />
        <section id="api-reference" aria-label="API reference" tabIndex={-1}>
          <ExplorerArea />
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
