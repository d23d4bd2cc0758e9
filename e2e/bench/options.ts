import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const repoRoot = path.resolve(here, '..', '..')
export const pagesDir = path.join(here, 'pages')
/** Generated and large files: gitignored. */
export const tmpDir = path.join(repoRoot, 'bench-results', 'tmp')
export const resultsFile = path.join(repoRoot, 'bench-results', 'latest.json')

export const specPath =
  process.env.APPCENTER_SPEC ??
  path.resolve(repoRoot, '..', 'shared', 'specs', 'appcenter.swagger.json')

/** Whether the App Center description is there to measure; if not, says so. */
export function specIsThere(): boolean {
  if (existsSync(specPath)) return true
  console.log(
    `The App Center description is not at ${specPath} (set APPCENTER_SPEC): nothing to measure.`,
  )
  return false
}

export const SCALES = { x1: 1, x2: 2, x4: 4, x8: 8 } as const
/** The description the app opens with, public/openapi.yaml, as the default page loads it. */
export const BUNDLED = 'bundled'
export type DocName = keyof typeof SCALES | typeof BUNDLED
export const bundledPath = path.join(repoRoot, 'public', 'openapi.yaml')

/** Whether these documents need the App Center description from ../shared. */
export function needsSpec(docs: readonly DocName[]): boolean {
  return docs.some((doc) => doc !== BUNDLED)
}

export interface BenchOptions {
  /** Cold loads per variant per document. */
  runs: number
  docs: DocName[]
  /** Per load, everything included. */
  loadTimeoutMs: number
  /** One unrecorded round on the first document before the measured ones. */
  warmup: boolean
  /** Start each load from a settled browser (see settle-browser.ts); off: straight from the new window. */
  settle: boolean
  /** Then the same loads once more in a Chromium with no DevTools attached (see without-devtools.ts). */
  withoutDevtools: boolean
  /** Reuse the last build instead of building. */
  build: boolean
  /** Where the JSON goes. */
  out: string
}

const usage = `Usage: npm run bench -- [--runs N] [--docs bundled,x1,x2,x4,x8] [--timeout SECONDS] [--no-warmup] [--no-settle] [--without-devtools] [--no-build] [--out FILE]`

export function isDocName(value: string): value is DocName {
  return value === BUNDLED || Object.hasOwn(SCALES, value)
}

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 5,
    docs: [BUNDLED, 'x1', 'x2', 'x4', 'x8'],
    loadTimeoutMs: 120_000,
    warmup: true,
    settle: true,
    withoutDevtools: false,
    build: true,
    out: resultsFile,
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const [name, inline] = flag?.split('=', 2) ?? []
    const value = () => inline ?? argv[++i] ?? ''
    switch (name) {
      case '--runs': {
        options.runs = Number(value())
        if (!Number.isInteger(options.runs) || options.runs < 1)
          throw new Error(`--runs takes a whole number ≥ 1.\n${usage}`)
        break
      }
      case '--docs': {
        const docs = value().split(',').filter(Boolean)
        const unknown = docs.filter((doc) => !isDocName(doc))
        if (docs.length === 0 || unknown.length > 0)
          throw new Error(`--docs takes some of bundled,x1,x2,x4,x8.\n${usage}`)
        options.docs = docs.filter(isDocName)
        break
      }
      case '--timeout': {
        const seconds = Number(value())
        if (!(seconds > 0))
          throw new Error(`--timeout takes seconds > 0.\n${usage}`)
        options.loadTimeoutMs = seconds * 1000
        break
      }
      case '--out': {
        const file = value()
        if (!file) throw new Error(`--out takes a file name.\n${usage}`)
        options.out = path.resolve(file)
        break
      }
      case '--no-warmup':
        options.warmup = false
        break
      case '--no-settle':
        options.settle = false
        break
      case '--without-devtools':
        options.withoutDevtools = true
        break
      case '--no-build':
        options.build = false
        break
      case '--help':
        console.log(usage)
        process.exit(0)
        break
      default:
        throw new Error(`Unknown option ${flag}.\n${usage}`)
    }
  }
  return options
}
