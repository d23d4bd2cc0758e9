/**
 * `npm run bench -- --without-devtools`: the first figures again, with no
 * DevTools attached to the browser.
 *
 * Why: Playwright drives Chromium over the DevTools protocol and turns its
 * agents on in every page. On the page's own threads they copy every
 * response body (the network agent) and capture a stack for every Error
 * (the runtime agent). Users run without them. Without this pass, nobody can
 * tell which part of a gap is the page's and which is the harness's.
 *
 * How: each cold load gets a Chromium of its own, started with no DevTools
 * connection and a fresh profile (so the HTTP cache is empty). It opens
 * `/bench/launch.html`, which asks the bench server for the page to load;
 * the server answers once Chromium's processes are quiet (read from /proc),
 * as settle-browser.ts does over DevTools. The measured pages carry
 * browser-probe.js and page-report.js written into their head (the
 * Content-Security-Policy gets their hash), and the page sends its figures
 * back in a beacon. Only what the page can see is measured here: when
 * GET /v0.1/user and Send request were shown, first-contentful-paint, and
 * the app's marks.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BenchDocument } from './bench-documents'
import {
  emptySample,
  pageUrl,
  type LoadSample,
  type Variant,
} from './measure-load'
import { pagesDir, type BenchOptions } from './options'
import { QUIET_CPU_MS_PER_WINDOW, waitUntilQuiet } from './settle-browser'
import {
  fileFromDisk,
  startBenchServer,
  type BenchServer,
  type HeaderRule,
  type StaticFile,
} from './static-server'
import { chromiumLaunchOptions } from '../support/chromium'

/** The pages that report: the measured variants, by URL path. */
const MEASURED_PAGES = [
  '/',
  '/index.html',
  '/bench/stock.html',
  '/bench/floor.html',
  '/bench/shell.html',
]

const LAUNCH_TIMEOUT_MS = 30_000

/** What page-report.js sends. */
interface PageReport {
  seen: Record<string, number>
  firstContentfulPaint: number | null
  marks: Record<string, number>
  violations: string[]
}

/** A wait for the next of something; `cancel` gives it up, so it cannot take what a later wait is owed. */
interface Waiting<T> {
  promise: Promise<T>
  cancel(): void
}

/** Waits served first come, first served. */
function waitingLine<T>() {
  let line: ((value: T) => void)[] = []
  return {
    next(): Waiting<T> {
      let resolve!: (value: T) => void
      const promise = new Promise<T>((settle) => (resolve = settle))
      line.push(resolve)
      return {
        promise,
        cancel: () => {
          line = line.filter((waiting) => waiting !== resolve)
        },
      }
    },
    /** Hands `value` to the first wait in line; false if none is waiting. */
    serve(value: T): boolean {
      const first = line.shift()
      if (!first) return false
      first(value)
      return true
    },
    clear: () => {
      line = []
    },
  }
}

export interface ServerWithoutDevtools extends BenchServer {
  /** The launcher page asking for its page: resolves with the way to answer it. */
  nextLaunch(): Waiting<(url: string) => void>
  /** The next report a page sends. */
  nextReport(): Waiting<PageReport>
}

/** `script-src` (or `default-src`, which stands in for it) allows `hash` too. */
export function allowScriptHash(
  rules: HeaderRule[],
  hash: string,
): HeaderRule[] {
  const source = `'sha256-${hash}'`
  return rules.map((rule) => ({
    pattern: rule.pattern,
    headers: rule.headers.map(([name, value]): [string, string] => {
      if (name.toLowerCase() !== 'content-security-policy') return [name, value]
      const directive = /(^|;)\s*script-src\s/i.test(value)
        ? 'script-src'
        : 'default-src'
      return [
        name,
        value.replace(
          new RegExp(`((?:^|;)\\s*${directive})(\\s)`, 'i'),
          `$1 ${source}$2`,
        ),
      ]
    }),
  }))
}

/** The page with `script` as the first thing in its head, where an init script would run. */
export function withHeadScript(html: string, script: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html)
  if (!head)
    throw new Error('A measured page has no <head> to write the probe into')
  const at = head.index + head[0].length
  return `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`
}

/**
 * The bench server's files, with the probe written into the measured pages,
 * the launcher page added, and two routes: `/bench/next` (held until the
 * browser is quiet) and `/bench/report` (the page's beacon).
 */
export async function startServerWithoutDevtools(
  files: Map<string, StaticFile>,
  headerRules: HeaderRule[],
): Promise<ServerWithoutDevtools> {
  const probe = [
    readFileSync(path.join(pagesDir, 'browser-probe.js'), 'utf8'),
    readFileSync(path.join(pagesDir, 'page-report.js'), 'utf8'),
  ].join('\n')
  const hash = createHash('sha256').update(probe).digest('base64')
  const served = new Map(files)
  for (const urlPath of MEASURED_PAGES) {
    const file = files.get(urlPath)
    if (!file) continue
    served.set(urlPath, {
      ...file,
      body: Buffer.from(withHeadScript(file.body.toString('utf8'), probe)),
    })
  }
  for (const name of ['launch.html', 'launch.js'])
    served.set(`/bench/${name}`, fileFromDisk(path.join(pagesDir, name)))

  const launches = waitingLine<(url: string) => void>()
  const reports = waitingLine<PageReport>()
  const server = await startBenchServer(
    served,
    allowScriptHash(headerRules, hash),
    (urlPath, request, response) => {
      if (urlPath === '/bench/next' && request.method === 'GET')
        return launches.serve((url) => {
          response.writeHead(200, {
            'Content-Type': 'text/plain; charset=utf-8',
            'Cache-Control': 'no-store',
          })
          response.end(url)
        })
      if (urlPath === '/bench/report' && request.method === 'POST') {
        const chunks: Buffer[] = []
        request.on('data', (chunk: Buffer) => chunks.push(chunk))
        request.on('end', () => {
          response.writeHead(204)
          response.end()
          reports.serve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        })
        return true
      }
      return false
    },
  )
  return {
    ...server,
    nextLaunch: launches.next,
    nextReport: reports.next,
    close: () => {
      launches.clear()
      reports.clear()
      return server.close()
    },
  }
}

const clockTicksPerSecond = (() => {
  try {
    return (
      Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100
    )
  } catch {
    return 100
  }
})()

/** CPU ms used so far by `root` and every process under it (Linux /proc), or null where there is no /proc. */
export function processTreeCpuMs(root: number): number | null {
  if (!existsSync('/proc/self/stat')) return null
  const children = new Map<number, number[]>()
  const cpu = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // it ended while we looked
    }
    // After "pid (command)": state, ppid, … utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const pid = Number(name)
    const parent = Number(fields[1])
    cpu.set(
      pid,
      ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond,
    )
    const siblings = children.get(parent)
    if (siblings) siblings.push(pid)
    else children.set(parent, [pid])
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += cpu.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/**
 * The rule of settle-browser.ts, read from /proc. Its counters move in whole
 * clock ticks (10 ms), so "under 10 ms" is read as "at most one tick".
 */
function settleProcessTree(root: number): Promise<number | null> {
  const first = processTreeCpuMs(root)
  if (first === null) return Promise.resolve(null)
  let last = first
  return waitUntilQuiet(
    () => {
      last = processTreeCpuMs(root) ?? last
      return last
    },
    QUIET_CPU_MS_PER_WINDOW + 1000 / clockTicksPerSecond,
  )
}

/**
 * Playwright's switches that change how a page runs, for a like-for-like
 * browser: headless, no timer throttling or backgrounding, no extensions.
 */
const PLAYWRIGHT_LIKE_ARGS = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--window-size=1280,720',
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--no-default-browser-check',
  '--password-store=basic',
]

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} within ${ms / 1000} s`)),
        ms,
      )
    }),
  ]).finally(() => clearTimeout(timer))
}

/** One cold load of one variant in a Chromium of its own, with no DevTools attached. */
export async function measureLoadWithoutDevtools(
  server: ServerWithoutDevtools,
  variant: Variant,
  doc: BenchDocument,
  run: number,
  options: Pick<BenchOptions, 'loadTimeoutMs'>,
): Promise<LoadSample> {
  const sample = emptySample(variant, doc, run)
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'))
  const launched = server.nextLaunch()
  let reported: Waiting<PageReport> | null = null
  const browser = spawn(
    chromiumLaunchOptions.executablePath ?? 'chromium',
    [
      ...(chromiumLaunchOptions.args ?? []),
      ...PLAYWRIGHT_LIKE_ARGS,
      `--user-data-dir=${profile}`,
      `${server.origin}/bench/launch.html`,
    ],
    // Its own process group, so one signal ends Chromium and its children.
    { detached: true, stdio: 'ignore' },
  )
  const exited = new Promise((resolve) => {
    browser.once('exit', resolve)
    // Never started (no such executable): there is no exit to wait for.
    browser.once('error', resolve)
  })
  try {
    const answer = await timeout(
      Promise.race([
        launched.promise,
        exited.then(() => {
          throw new Error('Chromium exited before its first page')
        }),
      ]),
      LAUNCH_TIMEOUT_MS,
      'the launcher page did not ask for its page',
    )
    sample.settleMs = await settleProcessTree(browser.pid!)
    reported = server.nextReport()
    answer(pageUrl(server.origin, variant, doc))
    const report = await timeout(
      reported.promise,
      options.loadTimeoutMs,
      'the page sent no figures',
    )
    sample.visibleMs =
      variant === 'floor'
        ? (report.seen['document-parsed'] ?? null)
        : (report.seen['operation'] ?? null)
    sample.sendReadyMs = report.seen['send-request'] ?? null
    sample.firstContentfulPaintMs = report.firstContentfulPaint
    sample.sendPaintedMs = report.seen['painted:send-request'] ?? null
    sample.marks = report.marks
    sample.cspViolations = report.violations
  } catch (error) {
    sample.error = error instanceof Error ? error.message : String(error)
  } finally {
    // A load that failed gives up its place in line: the next one is owed the next page.
    launched.cancel()
    reported?.cancel()
    try {
      process.kill(-browser.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
    await exited
    rmSync(profile, { recursive: true, force: true })
  }
  return sample
}
