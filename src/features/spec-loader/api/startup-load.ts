import { bundledDescriptionUrl } from '../description-source'
import type { LoadedDescription } from '../loaded-description'
import { jobBytes, runParseWorker, urlJob } from '../parse-worker-client'
import type { StartupState } from '../startup-source'

/**
 * The description the page opens with starts loading as soon as the page
 * is parsed (src/main.tsx), before the app's code has even been evaluated:
 * on a large description the download and the parse are most of the wait,
 * and neither depends on the UI. The query that reads that description
 * takes this load instead of starting another.
 */
interface StartupLoad {
  url: string
  loaded: Promise<LoadedDescription>
}

let startup: StartupLoad | null = null

/**
 * Starts loading what the page opens with, if anything loads at once (a
 * cross-origin ?url= waits for consent), and starts the parse worker
 * beside it, so both are ready when the app asks.
 */
export function startStartupLoad(
  { displayed, startupUrl }: StartupState,
  startWorker: () => Worker,
): void {
  const url =
    startupUrl ??
    (displayed?.kind === 'bundled' ? bundledDescriptionUrl() : null)
  if (!url) return
  const job = urlJob(url)
  const bytes = jobBytes(job)
  // Started now, so it is ready when the body is in.
  const worker = startWorker()
  const loaded = bytes.then(
    (body) =>
      runParseWorker({ bytes: body, fileName: job.fileName }, () => worker),
    (error: unknown) => {
      worker.terminate()
      throw error
    },
  )
  // Whoever takes it reports a failure; until then it is not unhandled.
  loaded.catch(() => undefined)
  startup = { url, loaded }
}

/** The start-up load of `url`, once: a later load of the same URL starts afresh. */
export function takeStartupLoad(
  url: string,
): Promise<LoadedDescription> | null {
  if (!startup || startup.url !== url) return null
  const { loaded } = startup
  startup = null
  return loaded
}
