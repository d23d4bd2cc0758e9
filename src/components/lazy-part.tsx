import {
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { ErrorBoundary } from './error-boundary'
import { LoadFailed } from './load-failed'

/** The code did not arrive; other errors are the loaded component's own, for a boundary further up. */
class CodeNotLoaded extends Error {}

interface LazyPartProps {
  /** Shown while the code loads. */
  loading: ReactNode
  /** What is missing when the code does not arrive; a Try again button follows it. */
  failed: ReactNode
}

/**
 * A component whose code loads on first render (React.lazy in Suspense),
 * with what every such part of this app shows: `loading` meanwhile, and
 * when the code does not arrive (offline, a redeploy) `failed` with Try
 * again. React.lazy keeps a failed load for good, so Try again makes a new
 * lazy component from the same loader.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
) {
  let pending: Promise<{ default: ComponentType<P> }> | null = null
  const preload = () =>
    (pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = null
        throw new CodeNotLoaded(String(error), { cause: error })
      },
    ))
  let current = { attempt: 0, Component: lazy(preload) }

  function LazyPart({ loading, failed, ...props }: P & LazyPartProps) {
    const [attempt, setAttempt] = useState(current.attempt)
    const retry = () => {
      if (current.attempt === attempt)
        current = { attempt: attempt + 1, Component: lazy(preload) }
      setAttempt(current.attempt)
    }
    const { Component } = current
    return (
      <ErrorBoundary
        resetKey={attempt}
        fallback={(error) => {
          if (!(error instanceof CodeNotLoaded)) throw error
          return <LoadFailed retry={retry}>{failed}</LoadFailed>
        }}
      >
        <Suspense fallback={loading}>
          <Component {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    )
  }
  return {
    LazyPart,
    /** Starts loading the code (once), e.g. when it is about to be needed; a failure shows when it renders. */
    preload: (): Promise<void> =>
      preload().then(
        () => undefined,
        () => undefined,
      ),
  }
}
