import { useEffect, useSyncExternalStore } from 'react'

export interface OnDemand<T> {
  /** Starts loading (once); later calls share the same load. */
  preload(): Promise<T>
  /** The loaded value, or the failure, re-rendering when either arrives; starts loading on mount. */
  useLoaded(): { value: T | null; failed: boolean; retry(): void }
}

/**
 * Code loaded on first use without Suspense: no fallback timers between the
 * code arriving and the UI showing it (React throttles Suspense reveals with
 * timers), and a preload started on click is simply there at render time.
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let snapshot: { value: T | null; failed: boolean } = {
    value: null,
    failed: false,
  }
  let pending: Promise<T> | null = null
  const listeners = new Set<() => void>()
  const publish = (next: typeof snapshot) => {
    snapshot = next
    for (const listener of listeners) listener()
  }
  const preload = () =>
    (pending ??= load().then(
      (value) => {
        publish({ value, failed: false })
        return value
      },
      (error: unknown) => {
        // A failed load (offline, a redeploy) may be retried.
        pending = null
        publish({ value: null, failed: true })
        throw error
      },
    ))
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
  const retry = () => {
    publish({ value: null, failed: false })
    preload().catch(() => undefined)
  }
  return {
    preload,
    useLoaded() {
      const state = useSyncExternalStore(subscribe, () => snapshot)
      useEffect(() => {
        if (!state.value && !state.failed) preload().catch(() => undefined)
      }, [state])
      return { ...state, retry }
    },
  }
}
