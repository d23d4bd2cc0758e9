import { parseDeepLink } from '@/lib/openapi/deep-link'

const WAIT_MS = 5000

/** Swagger UI's element ids: each part trimmed, spaces as `_`, CSS-escaped. */
function swaggerIdPart(text: string): string {
  return CSS.escape(text.trim().replace(/\s/g, '_'))
}

export function deepLinkElementId(hash: string): string | null {
  const link = parseDeepLink(hash)
  if (!link) return null
  return link.linkId
    ? `operations-${swaggerIdPart(link.tag)}-${swaggerIdPart(link.linkId)}`
    : `operations-tag-${swaggerIdPart(link.tag)}`
}

/**
 * Scrolls to the operation or tag a deep link names once Swagger UI has
 * drawn it and, after a click in the index, moves focus there too, so
 * keyboard users land where they asked to go. Returns a cancel function.
 */
export function revealDeepLink(
  root: HTMLElement,
  hash: string,
  { focus }: { focus: boolean },
): () => void {
  const id = deepLinkElementId(hash)
  if (!id) return () => undefined
  const reveal = (): boolean => {
    const element = root.ownerDocument.getElementById(id)
    if (!element || !root.contains(element)) return false
    element.scrollIntoView({ block: 'start' })
    if (focus)
      element
        .querySelector<HTMLElement>('.opblock-summary-control, .opblock-tag')
        ?.focus({ preventScroll: true })
    return true
  }
  if (reveal()) return () => undefined
  const observer = new MutationObserver(() => {
    if (reveal()) stop()
  })
  const timer = setTimeout(() => stop(), WAIT_MS)
  const stop = () => {
    observer.disconnect()
    clearTimeout(timer)
  }
  observer.observe(root, { childList: true, subtree: true })
  return stop
}
