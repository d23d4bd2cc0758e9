/**
 * `npm run bench:compare -- <build A> <build B>`: two builds of ours (two
 * `vite build --outDir` folders) and the floor, cold loads taking turns
 * (A, B, floor, A, B, floor, …), with DevTools attached and then without.
 * It prints the medians of GET /v0.1/user in the index and of the app's
 * steps. For a change to the load path, this answers "is it sooner?" with
 * less noise than two runs of `npm run bench` an hour apart, and in both
 * browsers: a change that moves work onto or off the page's main thread can
 * look better with DevTools attached and be worse without. See README.md,
 * "Benchmark".
 */
import { chromium, type Browser } from '@playwright/test'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { prepareDocuments, type BenchDocument } from './bench-documents'
import { benchFiles, headerRulesOf } from './bench-files'
import {
  emptySample,
  pageMarks,
  pageUrl,
  seenWithin,
  type LoadSample,
} from './measure-load'
import {
  isDocName,
  pagesDir,
  specIsThere,
  specPath,
  tmpDir,
  type DocName,
} from './options'
import { LOAD_PATH_STEPS, median } from './report'
import { settleBeforeLoad } from './settle-browser'
import { startBenchServer, type BenchServer } from './static-server'
import {
  measureLoadWithoutDevtools,
  startServerWithoutDevtools,
  type ServerWithoutDevtools,
} from './without-devtools'
import { chromiumLaunchOptions } from '../support/chromium'

interface CompareOptions {
  builds: [string, string]
  runs: number
  doc: DocName
  passes: ('devtools' | 'without-devtools')[]
  loadTimeoutMs: number
}

const usage =
  'Usage: npm run bench:compare -- <build A> <build B> [--runs N] [--doc x1|x2|x4|x8] [--only devtools|without-devtools]'

function parseCompareOptions(argv: string[]): CompareOptions {
  const builds: string[] = []
  const options: Omit<CompareOptions, 'builds'> = {
    runs: 9,
    doc: 'x1',
    passes: ['devtools', 'without-devtools'],
    loadTimeoutMs: 60_000,
  }
  for (let at = 0; at < argv.length; at++) {
    const flag = argv[at]!
    const value = () => argv[++at] ?? ''
    if (flag === '--runs') {
      options.runs = Number(value())
      if (!Number.isInteger(options.runs) || options.runs < 1)
        throw new Error(`--runs takes a whole number ≥ 1.\n${usage}`)
    } else if (flag === '--doc') {
      const doc = value()
      if (!isDocName(doc))
        throw new Error(`--doc takes x1, x2, x4 or x8.\n${usage}`)
      options.doc = doc
    } else if (flag === '--only') {
      const pass = value()
      if (pass !== 'devtools' && pass !== 'without-devtools')
        throw new Error(`--only takes devtools or without-devtools.\n${usage}`)
      options.passes = [pass]
    } else if (flag.startsWith('--')) {
      throw new Error(`Unknown option ${flag}.\n${usage}`)
    } else builds.push(path.resolve(flag))
  }
  if (builds.length !== 2) throw new Error(`Name two builds.\n${usage}`)
  for (const build of builds)
    if (!existsSync(path.join(build, 'index.html')))
      throw new Error(`${build} has no index.html: is it a vite build?`)
  return { ...options, builds: builds as [string, string] }
}

/** The columns, in the order their loads take turns. */
const COLUMNS = ['A', 'B', 'floor'] as const
type Column = (typeof COLUMNS)[number]

/** What a column's loads measure, and on which build's server (the floor's: A's). */
const variantOf = (column: Column) => (column === 'floor' ? 'floor' : 'ours')
const serverOf = <Server>(servers: Server[], column: Column): Server =>
  servers[column === 'B' ? 1 : 0]!

/**
 * One cold load with DevTools attached, up to the first figure: lighter
 * than measureLoad, which goes on to the filter, Try it out and the heap.
 */
async function measureFirstFigure(
  browser: Browser,
  server: BenchServer,
  variant: 'ours' | 'floor',
  doc: BenchDocument,
  loadTimeoutMs: number,
): Promise<LoadSample> {
  const sample = emptySample(variant, doc, 0)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    await context.addInitScript({
      path: path.join(pagesDir, 'browser-probe.js'),
    })
    const page = await context.newPage()
    sample.settleMs = await settleBeforeLoad(browser, page, server.origin)
    await page.goto(pageUrl(server.origin, variant, doc), {
      waitUntil: 'commit',
      timeout: loadTimeoutMs,
    })
    sample.visibleMs = await seenWithin(
      page,
      variant === 'floor' ? 'document-parsed' : 'operation',
      loadTimeoutMs,
    )
    sample.marks = await pageMarks(page)
  } catch (error) {
    sample.error = error instanceof Error ? error.message : String(error)
  } finally {
    await context.close().catch(() => undefined)
  }
  return sample
}

/** One warm-up round, then `runs` rounds of A, B and the floor in turn. */
async function interleave(
  runs: number,
  measure: (column: Column) => Promise<LoadSample>,
): Promise<Map<Column, LoadSample[]>> {
  for (const column of COLUMNS) await measure(column)
  const samples = new Map<Column, LoadSample[]>(
    COLUMNS.map((column) => [column, []]),
  )
  for (let run = 1; run <= runs; run++)
    for (const column of COLUMNS) {
      const sample = await measure(column)
      samples.get(column)!.push(sample)
      const shown = sample.error ?? `${Math.round(sample.visibleMs ?? NaN)} ms`
      console.log(`run ${run}/${runs} ${column.padEnd(5)} ${shown}`)
    }
  return samples
}

function medianOf(
  samples: LoadSample[],
  pick: (sample: LoadSample) => number | null | undefined,
): number | null {
  return median(
    samples.map(pick).filter((value): value is number => value != null),
  )
}

function formatComparison(samples: Map<Column, LoadSample[]>): string {
  const ms = (value: number | null) =>
    value === null ? '—' : String(Math.round(value))
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null ? '—' : `${(a / b).toFixed(2)}×`
  const visible = (column: Column) =>
    medianOf(samples.get(column)!, (sample) => sample.visibleMs)
  const [a, b, floor] = [visible('A'), visible('B'), visible('floor')]
  const lines = [
    `GET /v0.1/user visible (floor: parsed): A ${ms(a)}, B ${ms(b)}, floor ${ms(floor)} ms; B − A ${a !== null && b !== null ? Math.round(b - a) : '—'} ms; A ÷ floor ${ratio(a, floor)}, B ÷ floor ${ratio(b, floor)}`,
    ...(['A', 'B'] as const).map(
      (column) =>
        `  ${column} every load: ${samples
          .get(column)!
          .map((sample) => ms(sample.visibleMs))
          .join(', ')}`,
    ),
    'Steps (medians, ms from navigation), A → B:',
    ...LOAD_PATH_STEPS.map(([label, mark]) => {
      const step = (column: Column) =>
        ms(medianOf(samples.get(column)!, (sample) => sample.marks[mark]))
      return `  ${label.padEnd(30)} ${step('A').padStart(5)} → ${step('B').padStart(5)}`
    }),
  ]
  const failed = [...samples.values()].flat().filter((sample) => sample.error)
  if (failed.length) lines.push(`${failed.length} load(s) failed.`)
  return lines.join('\n')
}

async function main() {
  const options = parseCompareOptions(process.argv.slice(2))
  if (!specIsThere()) return
  const [doc] = prepareDocuments(
    specPath,
    [options.doc],
    path.join(tmpDir, 'docs'),
  )
  const [buildA, buildB] = options.builds
  const sources = [buildA, buildB].map((build) => ({
    files: benchFiles(build, [doc!]),
    rules: headerRulesOf(build),
  }))
  console.log(
    `A: ${buildA}\nB: ${buildB}\n${doc!.name}, ${options.runs} cold loads per column (the floor served with A).`,
  )

  if (options.passes.includes('devtools')) {
    const servers = await Promise.all(
      sources.map(({ files, rules }) => startBenchServer(files, rules)),
    )
    const browser = await chromium.launch({
      ...chromiumLaunchOptions,
      headless: true,
    })
    try {
      console.log('\nWith DevTools attached (Playwright):')
      const samples = await interleave(options.runs, (column) =>
        measureFirstFigure(
          browser,
          serverOf(servers, column),
          variantOf(column),
          doc!,
          options.loadTimeoutMs,
        ),
      )
      console.log(`\nWith DevTools attached:\n${formatComparison(samples)}`)
    } finally {
      await browser.close()
      await Promise.all(servers.map((server) => server.close()))
    }
  }

  if (options.passes.includes('without-devtools')) {
    const servers: ServerWithoutDevtools[] = await Promise.all(
      sources.map(({ files, rules }) =>
        startServerWithoutDevtools(files, rules),
      ),
    )
    try {
      console.log('\nWithout DevTools (a Chromium of its own per load):')
      const samples = await interleave(options.runs, (column) =>
        measureLoadWithoutDevtools(
          serverOf(servers, column),
          variantOf(column),
          doc!,
          0,
          options,
        ),
      )
      console.log(`\nWithout DevTools:\n${formatComparison(samples)}`)
    } finally {
      await Promise.all(servers.map((server) => server.close()))
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
