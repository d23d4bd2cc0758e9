import { useEffect } from 'react'
import { endPrerenderedPage, isPrerendered } from '@/early/prerendered-page'

/**
 * Once the app has hydrated the prerendered page: the page is the app's
 * (src/early/early-head.ts stops keeping clicks), a restored session is
 * shown, and the clicks kept meanwhile are made again, in order, on the
 * same elements, which hydration kept. Called from the shell, whose effects
 * run after those of everything it contains.
 */
export function useTakeOverPrerenderedPage() {
  useEffect(() => {
    const root = document.getElementById('root')
    if (!root || !isPrerendered(root)) return
    endPrerenderedPage(root)
    performance.mark('app-took-over')
    for (const element of window.__takeEarlyClicks?.() ?? [])
      if (element.isConnected) element.click()
  }, [])
}
