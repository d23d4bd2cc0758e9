import { SESSION_KEY_PREFIX } from '@/lib/session-storage-key'
import { isPrerendered } from './prerendered-page'

/**
 * A tab that already has a session of ours (a token, a hidden guide…) would
 * first see the newcomer's prerendered page and then its own: it waits for
 * the app instead, as a page without a prerender would (see app.css).
 */
export function holdPageForRestoredSession(): void {
  try {
    if (
      Object.keys(sessionStorage).some((key) =>
        key.startsWith(SESSION_KEY_PREFIX),
      )
    )
      document.documentElement.dataset.restoring = ''
  } catch {
    // Storage blocked: there is no session to restore either.
  }
}

/**
 * A click on a button or link of the prerendered page, before the app has
 * taken it over, is kept; the app clicks it again once it has (see
 * src/app/use-take-over-prerendered-page.ts): Send request pressed at once
 * still sends the request. A form is never submitted natively.
 */
export function keepEarlyClicks(): void {
  const prerendered = () => isPrerendered(document.getElementById('root'))
  const kept: HTMLElement[] = []
  const keepClick = (event: MouseEvent) => {
    if (!prerendered() || !(event.target instanceof Element)) return
    const target = event.target.closest<HTMLElement>('#root button, #root a')
    if (!target) return
    event.preventDefault()
    event.stopPropagation()
    if (!kept.includes(target)) kept.push(target)
  }
  const blockSubmit = (event: SubmitEvent) => {
    if (prerendered()) event.preventDefault()
  }
  document.addEventListener('click', keepClick, true)
  document.addEventListener('submit', blockSubmit, true)

  window.__takeEarlyClicks = () => {
    document.removeEventListener('click', keepClick, true)
    document.removeEventListener('submit', blockSubmit, true)
    return kept.splice(0)
  }
}
