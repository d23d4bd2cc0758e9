import { useSyncExternalStore } from 'react'

/**
 * The location hash as of the last navigation (a link, Back, Forward, the
 * address bar). Updated from the events, not read live: Swagger UI rewrites
 * the hash with history.replaceState as it opens operations, which is
 * bookkeeping, not navigation, and must not loop back into it.
 */
let hash = typeof window === 'undefined' ? '' : window.location.hash
const listeners = new Set<() => void>()

function onNavigate() {
  if (window.location.hash === hash) return
  hash = window.location.hash
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    // A new subscriber after a quiet spell starts from the address as it is now.
    hash = window.location.hash
    window.addEventListener('hashchange', onNavigate)
    window.addEventListener('popstate', onNavigate)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    window.removeEventListener('hashchange', onNavigate)
    window.removeEventListener('popstate', onNavigate)
  }
}

export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => hash)
}
