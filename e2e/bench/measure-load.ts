import type { Browser, CDPSession, Page } from '@playwright/test'
import path from 'node:path'
import type { BenchDocument } from './bench-documents'
import { pagesDir, repoRoot, tmpDir, type BenchOptions } from './options'
import { settleBeforeLoad } from './settle-browser'
import type { BenchServer, ServedResponse } from './static-server'

/**
 * floor: fetch and parse the document, nothing else; shell: our built page
 * with its scripts taken out, the least any page of ours needs to show the
 * first-call guide.
 */
export const VARIANTS = ['ours', 'stock', 'floor', 'shell'] as const
export type Variant = (typeof VARIANTS)[number]

/** One cold load. Times in ms from navigation start, on the page's clock. */
export interface LoadSample {
  variant: Variant
  doc: string
  run: number
  /** (1) GET /v0.1/user visible: ours in its index, stock in Swagger UI; the document fetched and parsed (floor). */
  visibleMs: number | null
  /** Ours: GET /v0.1/user opened in Swagger UI by the deep link. */
  swaggerVisibleMs: number | null
  /** (1) the same, once Playwright also found it visible and clickable (Date-based). */
  confirmedMs: number | null
  /** (2) end of the last long task before 500 ms without one (and not before visibleMs). */
  idleMs: number | null
  longTasks: number
  /** (3) ours (and shell): the first-call Send request button visible and enabled. */
  sendReadyMs: number | null
  /** Ours and shell: first-contentful-paint, when the first frame with content (the prerendered page, Send request in it) was presented. */
  firstContentfulPaintMs: number | null
  /** (3) ours and shell: when the frame with Send request's text was presented (Element Timing, its `elementtiming` attribute). */
  sendPaintedMs: number | null
  /** (4) compressed bytes of JS sent before the explorer chunk was requested (ours). */
  jsBeforeExplorerBytes: number | null
  /** The same, gzip-compressed, as the budget is written. */
  jsBeforeExplorerGzipBytes: number | null
  /** (4) compressed bytes of all JS sent up to idle. */
  jsBytes: number
  /** Compressed bytes of everything sent up to idle. */
  allBytes: number
  /** (5) JSHeapUsedSize after a forced GC, at idle. */
  heapBytes: number | null
  /** (6) from the filter box's input event to the operation list's last change. */
  filterMs: number | null
  /** (7) click on GET /v0.1/user → Try it out shown, plus click on Try it out → Execute shown. */
  tryItOutMs: number | null
  expandMs: number | null
  executeMs: number | null
  /** Ours: the app's performance marks (description loading steps); floor: its script's start. ms from navigation. */
  marks: Record<string, number>
  cspViolations: string[]
  /** How long the browser took to go quiet before this load (settle-browser.ts); null: it did not, or --no-settle. */
  settleMs: number | null
  error: string | null
}

interface BenchWindow {
  __bench: {
    longTasks: [number, number][]
    seen: Record<string, number>
    events: { type: string; at: number }[]
    violations: string[]
    watch(
      name: string,
      spec: { selector: string; text?: string; closest?: string },
    ): void
    whenSeen(name: string, timeoutMs?: number): Promise<number | null>
    settle(
      quietMs: number,
      timeoutMs: number,
      selector?: string,
    ): Promise<{ lastMutation: number; count: number } | null>
  }
}

const QUIET_MS = 500

export function pageUrl(
  origin: string,
  variant: Variant,
  doc: BenchDocument,
): string {
  switch (variant) {
    case 'ours':
      return doc.bundled
        ? `${origin}/${doc.deepLink}`
        : `${origin}/?url=${doc.urlPath}${doc.deepLink}`
    case 'stock':
      return `${origin}/bench/stock.html?url=${doc.urlPath}${doc.deepLink}`
    case 'floor':
      return `${origin}/bench/floor.html?url=${doc.urlPath}`
    case 'shell':
      return `${origin}/bench/shell.html`
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const seen = async (page: Page, name: string): Promise<number> => {
  const at = await page.evaluate(
    (watched) => (window as unknown as BenchWindow).__bench.whenSeen(watched),
    name,
  )
  if (at === null) throw new Error(`${name} was never seen`)
  return at
}

/** As `seen`, for a mark or an element's paint that may never come: null after `timeout`. */
export const seenWithin = (page: Page, name: string, timeout: number) =>
  page.evaluate(
    ({ watched, ms }) =>
      (window as unknown as BenchWindow).__bench.whenSeen(watched, ms),
    { watched: name, ms: timeout },
  )

/** The page's performance marks so far (the app's and the floor's steps), ms from navigation. */
export const pageMarks = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .map((mark) => [mark.name, Math.round(mark.startTime)]),
    ),
  )

/**
 * The paint timing entry, which comes once the frame is on screen: later
 * than the animation frame in which the watchers see an element. Null if
 * none came within `timeout`.
 */
const firstContentfulPaint = (page: Page, timeout: number) =>
  page.evaluate(
    (ms) =>
      new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), ms)
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (!entry) return
          clearTimeout(timer)
          observer.disconnect()
          resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
    timeout,
  )

const isJs = (response: ServedResponse) =>
  response.type.startsWith('text/javascript')

/** JavaScript bytes a response brought: a script file's body, or the scripts written into a page. */
const jsBytesOf = (response: ServedResponse) =>
  (isJs(response) ? response.bytes : 0) + (response.inlineScripts?.bytes ?? 0)
const jsGzipBytesOf = (response: ServedResponse) =>
  (isJs(response) ? response.gzipBytes : 0) +
  (response.inlineScripts?.gzipBytes ?? 0)

/** Waits for TTI-style quiet: QUIET_MS with no long task, counted from `readyMs`. */
async function waitForIdle(page: Page, readyMs: number) {
  for (;;) {
    const state = await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench
      return {
        now: performance.now(),
        lastEnd: Math.max(0, ...bench.longTasks.map(([, end]) => end)),
        count: bench.longTasks.length,
      }
    })
    const quietFrom = Math.max(readyMs, state.lastEnd)
    if (state.now - quietFrom >= QUIET_MS)
      return { idleMs: quietFrom, longTasks: state.count }
    await sleep(100)
  }
}

async function heapAfterGc(cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (
    metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null
  )
}

function userOperation(page: Page) {
  return page.locator('.opblock.opblock-get', {
    has: page.locator('.opblock-summary-path[data-path="/v0.1/user"]'),
  })
}

/**
 * (3) Ours and shell: when the first-call Send request button was shown
 * (watched from the start), checked visible and enabled by Playwright too,
 * and when it reached the screen: the first frame with content
 * (first-contentful-paint) and, exactly, the frame that painted its text
 * (Element Timing, from the button's `elementtiming`). No trial click: in
 * ours, scrolling up to it would take GET /v0.1/user out of Swagger UI's
 * virtual list.
 */
async function measureSendRequest(page: Page, timeout: number) {
  const sendReadyMs = await seen(page, 'send-request')
  const send = page.getByRole('button', { name: 'Send request' })
  await send.waitFor({ state: 'visible', timeout })
  if (!(await send.isEnabled())) throw new Error('Send request is disabled')
  return {
    sendReadyMs,
    firstContentfulPaintMs: await firstContentfulPaint(page, timeout),
    sendPaintedMs: await seenWithin(page, 'painted:send-request', timeout),
  }
}

/** Ours: GET /v0.1/user in the operation index. */
function indexEntry(page: Page) {
  return page.locator('.op-index-op[data-method="get"][data-path="/v0.1/user"]')
}

/** The time of the latest trusted event of `type`, on the page's clock. */
async function lastEvent(page: Page, type: string): Promise<number | null> {
  return page.evaluate((wanted) => {
    const events = (window as unknown as BenchWindow).__bench.events
    return events.filter((event) => event.type === wanted).at(-1)?.at ?? null
  }, type)
}

/** (7) From the click that expands GET /v0.1/user to Execute, without Playwright's own time in between. */
async function measureTryItOut(page: Page, timeout: number) {
  const operation = userOperation(page)
  const summary = operation.locator('.opblock-summary-control')
  // The deep link opened it: close it first, and let that settle.
  if ((await summary.getAttribute('aria-expanded')) === 'true') {
    await summary.click({ timeout })
    await operation
      .locator('.try-out__btn')
      .waitFor({ state: 'hidden', timeout })
    await sleep(300)
  }
  const id = await operation.getAttribute('id')
  if (!id) throw new Error('GET /v0.1/user has no id to deep-link')
  const scope = `#${id.replace(/[^\w-]/g, '\\$&')}`
  await page.evaluate(
    (selector) =>
      (window as unknown as BenchWindow).__bench.watch('try-it-out', {
        selector,
      }),
    `${scope} .try-out__btn`,
  )
  await summary.click({ timeout })
  const expandClick = await lastEvent(page, 'click')
  const tryShown = await seen(page, 'try-it-out')
  await page.evaluate(
    (selector) =>
      (window as unknown as BenchWindow).__bench.watch('execute', {
        selector,
      }),
    `${scope} .execute`,
  )
  await operation.locator('.try-out__btn').click({ timeout })
  const tryClick = await lastEvent(page, 'click')
  const executeShown = await seen(page, 'execute')
  await operation.locator('.execute').waitFor({ state: 'visible', timeout })
  if (expandClick === null || tryClick === null)
    throw new Error('the clicks were not seen by the page')
  const expandMs = tryShown - expandClick
  const executeMs = executeShown - tryClick
  return { expandMs, executeMs, tryItOutMs: expandMs + executeMs }
}

/**
 * (6) Types the tag into the filter box (ours: the operation index's; stock:
 * Swagger UI's); time to the list's last change.
 */
async function measureFilter(page: Page, variant: Variant, timeout: number) {
  const selector = variant === 'ours' ? '.op-index-scroll' : undefined
  const settled = page.evaluate(
    ({ ms, selector }) =>
      (window as unknown as BenchWindow).__bench.settle(100, ms, selector),
    { ms: timeout, selector },
  )
  const box =
    variant === 'ours'
      ? page.getByLabel('Filter operations')
      : page.getByPlaceholder('Filter by tag')
  await box.fill('account', { timeout })
  const inputAt = await lastEvent(page, 'input')
  const result = await settled
  // Ours ranks path matches first, so on the copies GET /v0.1/user may sit
  // below the rows the virtual list draws: any matching row will do.
  await (
    variant === 'ours'
      ? page.locator('.op-index-op[data-path*="account" i]').first()
      : userOperation(page)
  ).waitFor({ state: 'visible', timeout })
  if (!result || inputAt === null) return null
  return result.lastMutation - inputAt
}

/** A sample with nothing measured yet: every figure null (or 0 for counts and bytes). */
export function emptySample(
  variant: Variant,
  doc: BenchDocument,
  run: number,
): LoadSample {
  return {
    variant,
    doc: doc.name,
    run,
    visibleMs: null,
    swaggerVisibleMs: null,
    confirmedMs: null,
    idleMs: null,
    longTasks: 0,
    sendReadyMs: null,
    firstContentfulPaintMs: null,
    sendPaintedMs: null,
    jsBeforeExplorerBytes: null,
    jsBeforeExplorerGzipBytes: null,
    jsBytes: 0,
    allBytes: 0,
    heapBytes: null,
    filterMs: null,
    tryItOutMs: null,
    expandMs: null,
    executeMs: null,
    marks: {},
    cspViolations: [],
    settleMs: null,
    error: null,
  }
}

/** One cold load of one variant: a new browser context, so nothing is cached. */
export async function measureLoad(
  browser: Browser,
  server: BenchServer,
  variant: Variant,
  doc: BenchDocument,
  run: number,
  options: Pick<BenchOptions, 'loadTimeoutMs' | 'settle'>,
): Promise<LoadSample> {
  const timeout = options.loadTimeoutMs
  const sample = emptySample(variant, doc, run)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeout / 1000} s`))
      void context.close()
    }, timeout)
  })
  let page: Page | undefined
  const steps = async () => {
    await context.addInitScript({
      path: path.join(pagesDir, 'browser-probe.js'),
    })
    page = await context.newPage()
    if (options.settle)
      sample.settleMs = await settleBeforeLoad(browser, page, server.origin)
    const cdp = await context.newCDPSession(page)
    server.log.length = 0
    await page.goto(pageUrl(server.origin, variant, doc), {
      waitUntil: 'commit',
      timeout,
    })
    const timeOrigin = await page.evaluate(() => performance.timeOrigin)

    if (variant === 'shell') {
      Object.assign(sample, await measureSendRequest(page, timeout))
      return
    }
    if (variant === 'floor') {
      sample.visibleMs = await seen(page, 'document-parsed')
    } else {
      sample.visibleMs = await seen(page, 'operation')
      const clickable =
        variant === 'ours'
          ? indexEntry(page)
          : userOperation(page).locator('.opblock-summary-control')
      await clickable.waitFor({ state: 'visible', timeout })
      await clickable.click({ trial: true, timeout })
      sample.confirmedMs = Date.now() - timeOrigin
    }
    if (variant === 'ours')
      sample.swaggerVisibleMs = await seen(page, 'swagger-operation')
    if (variant !== 'stock') {
      sample.marks = await pageMarks(page)
    }
    if (variant === 'ours')
      Object.assign(sample, await measureSendRequest(page, timeout))

    const ready = Math.max(
      sample.visibleMs,
      sample.sendReadyMs ?? 0,
      sample.swaggerVisibleMs ?? 0,
    )
    Object.assign(sample, await waitForIdle(page, ready))

    const log = [...server.log]
    sample.jsBytes = log.reduce((sum, response) => sum + jsBytesOf(response), 0)
    sample.allBytes = log.reduce((sum, response) => sum + response.bytes, 0)
    if (variant === 'ours') {
      // Swagger UI's chunk, named after src/app/sliced-explorer.tsx (explorer-pane.tsx in older builds).
      const explorer = log.findIndex(
        (response) =>
          isJs(response) && /[/-]explorer-[^/]*\.js$/.test(response.path),
      )
      if (explorer < 0) throw new Error('the explorer chunk was not loaded')
      const before = log.slice(0, explorer)
      sample.jsBeforeExplorerBytes = before.reduce(
        (sum, response) => sum + jsBytesOf(response),
        0,
      )
      sample.jsBeforeExplorerGzipBytes = before.reduce(
        (sum, response) => sum + jsGzipBytesOf(response),
        0,
      )
    }
    sample.heapBytes = await heapAfterGc(cdp)

    if (variant !== 'floor') {
      Object.assign(sample, await measureTryItOut(page, timeout))
      sample.filterMs = await measureFilter(page, variant, timeout)
    }
    sample.cspViolations = await page.evaluate(
      () => (window as unknown as BenchWindow).__bench.violations,
    )
  }
  try {
    await Promise.race([steps(), timedOut])
  } catch (error) {
    // What the page looked like, for whoever reads the error.
    const shot = path.join(
      tmpDir,
      'failures',
      `${doc.name}-${variant}-${run}.png`,
    )
    await page
      ?.screenshot({ path: shot, timeout: 5000 })
      .then(() => console.log(`  screenshot: ${path.relative(repoRoot, shot)}`))
      .catch(() => undefined)
    sample.error =
      error instanceof Error ? error.message.split('\n')[0]! : String(error)
  } finally {
    clearTimeout(timer)
    await context.close().catch(() => undefined)
  }
  return sample
}
