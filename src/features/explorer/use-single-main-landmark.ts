import { useEffect, type RefObject } from 'react'

/**
 * Swagger UI renders its operations in a <main>, inside our page's own
 * <main>: two main landmarks confuse screen readers. Its <main> becomes a
 * labelled region. Swagger UI may re-create the element, so new ones are
 * caught as they appear.
 */
export function useSingleMainLandmark(
  container: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const root = container.current
    if (!root) return
    const demote = () => {
      for (const element of root.querySelectorAll('main:not([role])')) {
        element.setAttribute('role', 'region')
        element.setAttribute('aria-label', 'Operations')
      }
    }
    demote()
    const observer = new MutationObserver(demote)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [container])
}
