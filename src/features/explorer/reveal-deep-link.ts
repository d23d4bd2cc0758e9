import { parseDeepLink } from '@/lib/openapi/deep-link'

const WAIT_MS = 5000

/** CSS.escape, for the identifier characters Swagger UI's own escaping touches (and where CSS is missing, as in jsdom). */
function cssEscape(text: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function')
    return CSS.escape(text)
  return text
    .replace(/[^\w\u0080-\uffff-]/g, (char) => `\\${char}`)
    .replace(/^(-?)(\d)/, (_, dash: string, digit: string) => {
      return `${dash}\\${digit.charCodeAt(0).toString(16)} `
    })
}

/** Swagger UI's element ids: each part trimmed, spaces as `_`, CSS-escaped. */
function swaggerIdPart(text: string): string {
  return cssEscape(text.trim().replace(/\s/g, '_'))
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
