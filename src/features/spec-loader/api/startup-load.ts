import { bundledDescriptionUrl } from '../description-source'
import type { LoadedDescription } from '../loaded-description'
import { loadWithWorker, urlJob } from '../load-with-worker'
import { initialDescriptionState } from '../startup-source'

/**
 * The description the page opens with starts loading from the page's first
 * script (src/early/early-page.ts), before the app's code has even arrived:
 * on a large description the download and the parse are most of the wait,
 * and neither depends on the UI. The query that reads that description
 * takes this load instead of starting another.
 */
export interface StartupLoad {
  url: string
  loaded: Promise<LoadedDescription>
}

/** Starts loading what `href` opens with, if anything loads at once (a cross-origin ?url= waits for consent). */
export function startStartupLoad(
  href: string,
  startWorker: () => Worker,
): StartupLoad | null {
  const { displayed, startupUrl } = initialDescriptionState(href)
  const url =
    startupUrl ??
    (displayed?.kind === 'bundled' ? bundledDescriptionUrl() : null)
  if (!url) return null
  const loaded = loadWithWorker(urlJob(url), startWorker)
  // Whoever takes it reports a failure; until then it is not unhandled.
  loaded.catch(() => undefined)
  return { url, loaded }
}

/** The start-up load of `url`, once: a later load of the same URL starts afresh. */
export function takeStartupLoad(
  url: string,
): Promise<LoadedDescription> | null {
  const early = window.__explorerStartupLoad
  if (!early || early.url !== url) return null
  window.__explorerStartupLoad = undefined
  return early.loaded
}
