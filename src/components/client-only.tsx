import { useSyncExternalStore, type ReactNode } from 'react'

const subscribe = () => () => undefined

/**
 * Content that depends on the page's address or on data (the description
 * picker, the API reference): the build's prerender and the hydrating
 * render show the fallback, so they agree; the page renders the children
 * right after. A page rendered without hydration shows the children at once.
 */
export function ClientOnly({
  children,
  fallback,
}: {
  children: ReactNode
  fallback: ReactNode
}) {
  const onClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  return onClient ? children : fallback
}
