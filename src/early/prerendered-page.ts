/** On #root from the build's prerender (src/server/prerender-shell-plugin.ts) until the app takes the page over. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'

export function isPrerendered(root: Element | null): boolean {
  return !!root?.hasAttribute(PRERENDERED_ATTRIBUTE)
}

/** The page is no longer the prerendered one: clicks are not kept any more, and a restored session shows. */
export function endPrerenderedPage(root: Element): void {
  root.removeAttribute(PRERENDERED_ATTRIBUTE)
  delete document.documentElement.dataset.restoring
}
