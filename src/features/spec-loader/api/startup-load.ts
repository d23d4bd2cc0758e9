import { bundledDescriptionUrl } from '../description-source'
import type { LoadedDescription } from '../loaded-description'
import { loadInWorker, urlJob } from '../parse-off-main-thread'
import { initialDescriptionState } from '../startup-source'

/**
 * The description the page opens with starts loading (in its worker) as
 * soon as the app's script runs, before React has rendered anything: on a
 * large description the download and the parse are most of the wait, and
 * neither depends on the UI. The query that reads that description takes
 * this load instead of starting another.
 */
let early: { url: string; loaded: Promise<LoadedDescription> } | null = null

export function startStartupLoad(href: string): void {
  const { displayed, startupUrl } = initialDescriptionState(href)
  const url =
    startupUrl ??
    (displayed?.kind === 'bundled' ? bundledDescriptionUrl() : null)
  if (!url) return
  const loaded = loadInWorker(urlJob(url))
  // Whoever takes it reports a failure; until then it is not unhandled.
  loaded.catch(() => undefined)
  early = { url, loaded }
}

/** The start-up load of `url`, once: a later load of the same URL starts afresh. */
export function takeStartupLoad(
  url: string,
): Promise<LoadedDescription> | null {
  if (!early || early.url !== url) return null
  const { loaded } = early
  early = null
  return loaded
}
