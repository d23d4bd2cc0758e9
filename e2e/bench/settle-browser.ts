import type { Browser, Page } from '@playwright/test'

/** A 100 ms window counts as quiet when all of Chromium's processes together used less CPU than this. */
export const QUIET_CPU_MS_PER_WINDOW = 10
const WINDOW_MS = 100
/** Quiet windows in a row before a load may start. */
const QUIET_WINDOWS = 2
export const SETTLE_TIMEOUT_MS = 5_000

interface ProcessInfo {
  /** Seconds of CPU used since the process started. */
  cpuTime: number
}

/**
 * Samples `cpuMs` (CPU ms used so far, all of Chromium's processes together)
 * every WINDOW_MS until QUIET_WINDOWS windows in a row used less than
 * `quietBelowMs`. Returns the ms it waited, or null past SETTLE_TIMEOUT_MS.
 */
export async function waitUntilQuiet(
  cpuMs: () => number | Promise<number>,
  quietBelowMs = QUIET_CPU_MS_PER_WINDOW,
): Promise<number | null> {
  const started = Date.now()
  let last = await cpuMs()
  let quietWindows = 0
  while (quietWindows < QUIET_WINDOWS) {
    if (Date.now() - started > SETTLE_TIMEOUT_MS) return null
    // Sampling the CPU counters: the interval is the measurement, not a guess at a finish time.
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS))
    const now = await cpuMs()
    quietWindows = now - last < quietBelowMs ? quietWindows + 1 : 0
    last = now
  }
  return Date.now() - started
}

/**
 * Brings a new context's page to where a browser in use starts a load from:
 * a renderer process for the site ready, and nothing else running.
 *
 * Why: traces of a cold load straight from `newPage()` show two costs that
 * are the harness's, not the page's. (1) Headless Chromium opens a window
 * per context, and that window preloads its omnibox popup (a WebUI page) for
 * about a second, one of our two cores busy with it. (2) The renderer for
 * the site only starts once the response has arrived, where a browser in use
 * keeps a spare one. Together they put ~230 ms before the first byte of the
 * page is parsed, the same for every variant: our page without scripts took
 * 225 to 300 ms to show its first screen.
 *
 * So the page first opens `/bench/blank.html` (same site, no scripts, nothing
 * the variants load), then waits until Chromium is quiet. The HTTP cache
 * stays empty for everything a variant loads. Returns the ms it waited for
 * quiet, or null if the browser never went quiet within SETTLE_TIMEOUT_MS
 * (the load then starts anyway, and the run says how many did).
 */
export async function settleBeforeLoad(
  browser: Browser,
  page: Page,
  origin: string,
): Promise<number | null> {
  await page.goto(`${origin}/bench/blank.html`, { waitUntil: 'load' })
  const cdp = await browser.newBrowserCDPSession()
  try {
    const cpuMs = async () => {
      const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
        processInfo: ProcessInfo[]
      }
      return processInfo.reduce((sum, info) => sum + info.cpuTime * 1000, 0)
    }
    return await waitUntilQuiet(cpuMs)
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}
