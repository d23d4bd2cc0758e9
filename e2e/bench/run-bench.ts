/**
 * `npm run bench`: our production build, stock swagger-ui-dist and a bare
 * fetch-and-parse floor, side by side on the real App Center description
 * and scaled copies of it. It prints figures and writes
 * bench-results/latest.json; it never asserts. See README.md, "Benchmark".
 */
import { chromium, type Browser } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { prepareDocuments, type BenchDocument } from './bench-documents'
import { benchFiles, headerRulesOf } from './bench-files'
import {
  measureLoad,
  VARIANTS,
  type LoadSample,
  type Variant,
} from './measure-load'
import {
  parseOptions,
  repoRoot,
  needsSpec,
  specIsThere,
  specPath,
  tmpDir,
  type BenchOptions,
} from './options'
import {
  buildRows,
  FIGURES_WITHOUT_DEVTOOLS,
  formatSteps,
  formatTable,
  machineInfo,
  type ReportRow,
} from './report'
import { SETTLE_TIMEOUT_MS } from './settle-browser'
import {
  startBenchServer,
  type BenchServer,
  type HeaderRule,
  type StaticFile,
} from './static-server'
import { chromiumLaunchOptions } from '../support/chromium'
import {
  measureLoadWithoutDevtools,
  startServerWithoutDevtools,
} from './without-devtools'

const require = createRequire(import.meta.url)
/**
 * Its own folder, so a concurrent `npx playwright test` rebuilding dist/
 * cannot pull files from under a run; outside the repo, where neither ESLint
 * nor a running dev server's watcher looks.
 */
const distDir = path.join(os.tmpdir(), 'appcenter-explorer-bench', 'dist')

function buildApp() {
  console.log(`Building the app (vite build → ${distDir})…`)
  const result = spawnSync(
    path.join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: repoRoot, stdio: 'inherit' },
  )
  if (result.status !== 0) throw new Error('vite build failed')
}

function versionOf(packageName: string): string {
  const file = require.resolve(`${packageName}/package.json`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

function describeSample(sample: LoadSample): string {
  if (sample.error) return `error: ${sample.error}`
  const parts: string[] = []
  const ms = (label: string, value: number | null) => {
    if (value !== null) parts.push(`${label} ${Math.round(value)} ms`)
  }
  ms('visible', sample.visibleMs)
  ms('idle', sample.idleMs)
  ms('send', sample.sendReadyMs)
  ms('FCP', sample.firstContentfulPaintMs)
  ms('filter', sample.filterMs)
  ms('try', sample.tryItOutMs)
  if (sample.jsBytes) parts.push(`JS ${Math.round(sample.jsBytes / 1e3)} kB`)
  if (sample.heapBytes !== null)
    parts.push(`heap ${(sample.heapBytes / 1e6).toFixed(1)} MB`)
  return parts.join(', ')
}

/**
 * A warm-up round on the first document (unless --no-warmup), then
 * `options.runs` rounds per document, the variants taking turns, so drift in
 * the machine's state hits every variant alike. Logs each load.
 */
async function measureInterleaved(
  docs: BenchDocument[],
  options: BenchOptions,
  measure: (
    variant: Variant,
    doc: BenchDocument,
    run: number,
  ) => Promise<LoadSample>,
  label = '',
): Promise<LoadSample[]> {
  const first = docs[0]
  if (options.warmup && first) {
    console.log(`Warm-up round on ${first.name} (not recorded)…`)
    for (const variant of VARIANTS) await measure(variant, first, 0)
  }
  const samples: LoadSample[] = []
  for (const doc of docs)
    for (let run = 1; run <= options.runs; run++)
      for (const variant of VARIANTS) {
        const sample = await measure(variant, doc, run)
        samples.push(sample)
        console.log(
          `${doc.name} run ${run}/${options.runs} ${variant.padEnd(5)} ${label}${describeSample(sample)}`,
        )
      }
  return samples
}

/**
 * --without-devtools: the same cold loads again, each in a Chromium of its
 * own with no DevTools attached (see without-devtools.ts), interleaved.
 */
async function measureWithoutDevtools(
  files: Map<string, StaticFile>,
  headerRules: HeaderRule[],
  docs: BenchDocument[],
  options: BenchOptions,
): Promise<{ table: string; rows: ReportRow[]; samples: LoadSample[] }> {
  const server = await startServerWithoutDevtools(files, headerRules)
  try {
    console.log(
      `\nWithout DevTools: a Chromium of its own per load, no DevTools connection; ${options.runs} cold loads per variant per document.`,
    )
    const samples = await measureInterleaved(
      docs,
      options,
      (variant, doc, run) =>
        measureLoadWithoutDevtools(server, variant, doc, run, options),
      '(no DevTools) ',
    )
    const unsettled = samples.filter(
      (sample) => sample.settleMs === null && !sample.error,
    )
    if (unsettled.length)
      console.log(
        `${unsettled.length} load(s) without DevTools started before Chromium went quiet (${SETTLE_TIMEOUT_MS / 1000} s).`,
      )
    const rows = buildRows(docs, samples, FIGURES_WITHOUT_DEVTOOLS)
    return { table: formatTable(rows, docs, options.runs), rows, samples }
  } finally {
    await server.close()
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  if (needsSpec(options.docs) && !specIsThere()) return
  if (options.build) buildApp()
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new Error(`No build in ${distDir}: run without --no-build.`)
  const docs = prepareDocuments(
    specPath,
    options.docs,
    path.join(tmpDir, 'docs'),
  )
  for (const doc of docs)
    console.log(
      `${doc.name}: ${doc.operations} operations, ${(doc.body.length / 1e6).toFixed(1)} MB`,
    )

  const files = benchFiles(distDir, docs)

  let server: BenchServer | undefined
  let browser: Browser | undefined
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined)
    await server?.close().catch(() => undefined)
  }
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: closing the browser and the server.`)
    void cleanUp().then(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    console.log('Compressing and serving…')
    const headerRules = headerRulesOf(distDir)
    server = await startBenchServer(files, headerRules)
    browser = await chromium.launch({
      ...chromiumLaunchOptions,
      headless: true,
    })
    console.log(
      `Serving at ${server.origin}; Chromium ${browser.version()}; ${options.runs} cold loads per variant per document; load average ${os.loadavg()[0]?.toFixed(2)}.`,
    )

    const started = Date.now()
    // Named once open: inside the closure below, the `let`s would not be narrowed from `undefined`.
    const [openBrowser, openServer] = [browser, server]
    const samples = await measureInterleaved(
      docs,
      options,
      (variant, doc, run) =>
        measureLoad(openBrowser, openServer, variant, doc, run, options),
    )
    const minutes = (Date.now() - started) / 60_000

    const rows = buildRows(docs, samples)
    const table = formatTable(rows, docs, options.runs)
    const machine = machineInfo(
      browser.version(),
      versionOf('@playwright/test'),
    )
    console.log(
      `\nMedians of ${options.runs} cold loads per cell; ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadAverage}, ${minutes.toFixed(1)} min.\n`,
    )
    console.log(table)
    const steps = formatSteps(docs, samples)
    console.log(`\nWhere ours spends the load (medians):\n\n${steps}`)
    const unsettled = options.settle
      ? samples.filter((sample) => sample.settleMs === null && !sample.error)
      : []
    if (unsettled.length)
      console.log(
        `\n${unsettled.length} load(s) started before the browser went quiet (${SETTLE_TIMEOUT_MS / 1000} s): their times include the browser's own work.`,
      )
    let withoutDevtools: Awaited<
      ReturnType<typeof measureWithoutDevtools>
    > | null = null
    if (options.withoutDevtools) {
      // Nothing of the first pass keeps running beside these loads.
      await browser.close()
      browser = undefined
      withoutDevtools = await measureWithoutDevtools(
        files,
        headerRules,
        docs,
        options,
      )
      console.log(
        `\nWithout DevTools attached (medians of ${options.runs} cold loads per cell; see without-devtools.ts):\n\n${withoutDevtools.table}`,
      )
    }
    const failures = [...samples, ...(withoutDevtools?.samples ?? [])].filter(
      (sample) => sample.error,
    )
    if (failures.length)
      console.log(
        `\n${failures.length} load(s) failed; see "samples" in ${path.relative(repoRoot, options.out)}.`,
      )

    const variantsUsed: Record<Variant, string> = {
      ours: `production build (vite build), ?url=<document>#/account/users_get`,
      stock: `swagger-ui-dist ${versionOf('swagger-ui-dist')}: SwaggerUIBundle({ url, dom_id, deepLinking: true, filter: true })`,
      floor: 'fetch + JSON.parse, then performance.mark',
      shell:
        "the production build's index.html without its scripts and module preloads (Send request only)",
    }
    mkdirSync(path.dirname(options.out), { recursive: true })
    writeFileSync(
      options.out,
      JSON.stringify(
        {
          machine,
          options: {
            ...options,
            out: path.relative(repoRoot, options.out),
            minutes: Number(minutes.toFixed(1)),
          },
          variants: variantsUsed,
          documents: docs.map((doc) => ({
            name: doc.name,
            operations: doc.operations,
            bytes: doc.body.length,
          })),
          table,
          steps,
          rows,
          samples,
          ...(withoutDevtools ? { withoutDevtools } : {}),
        },
        null,
        2,
      ) + '\n',
    )
    console.log(`\nWrote ${path.relative(repoRoot, options.out)}.`)
  } finally {
    await cleanUp()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
