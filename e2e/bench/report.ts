import { execFileSync } from 'node:child_process'
import os from 'node:os'
import type { BenchDocument } from './bench-documents'
import type { LoadSample, Variant } from './measure-load'

type NumericField = {
  [K in keyof LoadSample]: LoadSample[K] extends number | null ? K : never
}[keyof LoadSample]

/** The table's columns: the floor column takes its figure from `floorFrom`. */
type Column = 'ours' | 'stock' | 'floor'

interface Figure {
  label: string
  unit: 'ms' | 'kB' | 'MB'
  field: NumericField
  /** Columns the figure means something for. */
  variants: Column[]
  /** The variant whose figure is the floor column's (default: floor). */
  floorFrom?: Variant
}

/** Decimal units, as Vite prints them: 1 kB = 1000 bytes, 1 MB = 10⁶ bytes. */
const FIGURES: Figure[] = [
  {
    label: 'GET /v0.1/user visible (ours: index; floor: parsed)',
    unit: 'ms',
    field: 'visibleMs',
    variants: ['ours', 'stock', 'floor'],
  },
  {
    label: 'GET /v0.1/user opened in Swagger UI (ours, by the deep link)',
    unit: 'ms',
    field: 'swaggerVisibleMs',
    variants: ['ours'],
  },
  {
    label: 'GET /v0.1/user clickable (Playwright trial click done)',
    unit: 'ms',
    field: 'confirmedMs',
    variants: ['ours', 'stock'],
  },
  {
    label: 'main thread idle (no long task for 500 ms)',
    unit: 'ms',
    field: 'idleMs',
    variants: ['ours', 'stock', 'floor'],
  },
  {
    label: 'first-call Send request enabled (floor: our page, no scripts)',
    unit: 'ms',
    field: 'sendReadyMs',
    variants: ['ours', 'floor'],
    floorFrom: 'shell',
  },
  {
    label: 'JS before the Swagger UI chunk (brotli, as sent)',
    unit: 'kB',
    field: 'jsBeforeExplorerBytes',
    variants: ['ours'],
  },
  {
    label: 'JS before the Swagger UI chunk (gzip)',
    unit: 'kB',
    field: 'jsBeforeExplorerGzipBytes',
    variants: ['ours'],
  },
  {
    label: 'JS, all',
    unit: 'kB',
    field: 'jsBytes',
    variants: ['ours', 'stock', 'floor'],
  },
  {
    label: 'JS heap at idle, after GC',
    unit: 'MB',
    field: 'heapBytes',
    variants: ['ours', 'stock', 'floor'],
  },
  {
    label: 'filter "account" settled',
    unit: 'ms',
    field: 'filterMs',
    variants: ['ours', 'stock'],
  },
  {
    label: 'expand + Try it out → Execute shown',
    unit: 'ms',
    field: 'tryItOutMs',
    variants: ['ours', 'stock'],
  },
]

/** Send request's text on screen (Element Timing); the floor column is the shell's. */
const SEND_PAINTED: Figure = {
  label: 'Send request on screen (its text painted)',
  unit: 'ms',
  field: 'sendPaintedMs',
  variants: ['ours', 'floor'],
  floorFrom: 'shell',
}

/**
 * What a page can tell of itself, for the loads with no DevTools attached
 * (without-devtools.ts): the first figures, and when Send request reached
 * the screen.
 */
export const FIGURES_WITHOUT_DEVTOOLS: Figure[] = [
  FIGURES[0]!,
  FIGURES.find((figure) => figure.field === 'sendReadyMs')!,
  SEND_PAINTED,
]

const SCALE = { ms: 1, kB: 1e3, MB: 1e6 }

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface ReportRow {
  doc: string
  figure: string
  unit: string
  ours: number | null
  stock: number | null
  floor: number | null
  oursOverStock: number | null
  oursOverFloor: number | null
  /** Samples behind each median, where fewer than the runs made it. */
  counts: Record<Column, number>
}

export function buildRows(
  docs: BenchDocument[],
  samples: LoadSample[],
  figures = FIGURES,
): ReportRow[] {
  const rows: ReportRow[] = []
  for (const doc of docs) {
    for (const figure of figures) {
      const medianOf = (column: Column) => {
        if (!figure.variants.includes(column)) return { value: null, count: 0 }
        const variant: Variant =
          column === 'floor' ? (figure.floorFrom ?? 'floor') : column
        const values = samples
          .filter((s) => s.doc === doc.name && s.variant === variant)
          .map((s) => s[figure.field])
          .filter((v): v is number => typeof v === 'number')
        const value = median(values)
        return {
          value: value === null ? null : value / SCALE[figure.unit],
          count: values.length,
        }
      }
      const ours = medianOf('ours')
      const stock = medianOf('stock')
      const floor = medianOf('floor')
      const ratio = (a: number | null, b: number | null) =>
        a === null || b === null || b === 0 ? null : a / b
      rows.push({
        doc: doc.name,
        figure: figure.label,
        unit: figure.unit,
        ours: ours.value,
        stock: stock.value,
        floor: floor.value,
        oursOverStock: ratio(ours.value, stock.value),
        oursOverFloor: ratio(ours.value, floor.value),
        counts: { ours: ours.count, stock: stock.count, floor: floor.count },
      })
    }
  }
  return rows
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—'
  const digits = unit === 'ms' ? 0 : 1
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

const formatRatio = (value: number | null) =>
  value === null ? '—' : `${value.toFixed(2)}×`

/** A Markdown table, so the README can take it as printed. */
export function formatTable(
  rows: ReportRow[],
  docs: BenchDocument[],
  runs: number,
): string {
  const operations = new Map(docs.map((doc) => [doc.name, doc.operations]))
  const header = [
    'document',
    'figure',
    'unit',
    'ours',
    'stock',
    'floor',
    'ours÷stock',
    'ours÷floor',
  ]
  const lines = rows.map((row) => {
    const cell = (column: Column) => {
      const text = formatValue(row[column], row.unit)
      const count = row.counts[column]
      return row[column] !== null && count < runs
        ? `${text} (n=${count})`
        : text
    }
    return [
      `${row.doc} (${operations.get(row.doc as BenchDocument['name'])} ops)`,
      row.figure,
      row.unit,
      cell('ours'),
      cell('stock'),
      cell('floor'),
      formatRatio(row.oursOverStock),
      formatRatio(row.oursOverFloor),
    ]
  })
  const table = [header, ...lines]
  const widths = header.map((_, column) =>
    Math.max(...table.map((line) => line[column]!.length)),
  )
  const numeric = new Set([3, 4, 5, 6, 7])
  const render = (line: string[]) =>
    `| ${line
      .map((cell, column) =>
        numeric.has(column)
          ? cell.padStart(widths[column]!)
          : cell.padEnd(widths[column]!),
      )
      .join(' | ')} |`
  const rule = `| ${widths
    .map((width, column) =>
      numeric.has(column) ? '-'.repeat(width - 1) + ':' : '-'.repeat(width),
    )
    .join(' | ')} |`
  return [render(header), rule, ...lines.map(render)].join('\n')
}

function gitRevision(): string | null {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

export function machineInfo(
  chromiumVersion: string,
  playwrightVersion: string,
) {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    /** Other work on the machine skews the figures: the 1-minute load average when the run ended. */
    loadAverage: os.loadavg()[0]?.toFixed(2),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    playwright: playwrightVersion,
    git: gitRevision(),
  }
}

/**
 * The app's marks from hydration to the index on the page, in order, as
 * [label, mark name]: the steps a change to the load path moves, which
 * `npm run bench:compare` prints too.
 */
export const LOAD_PATH_STEPS: [string, string][] = [
  ['app took over (hydrated)', 'app-took-over'],
  ['description downloaded (page)', 'description-fetched'],
  ['bytes in the worker', 'worker-started'],
  ['parsed (worker)', 'description-parsed'],
  ['indexed (worker)', 'description-indexed-in-worker'],
  ['index received (page)', 'description-received'],
]

/** The steps of ours's load, in order: the app's performance marks, then the watched figures. */
type Step = [string, Variant, (sample: LoadSample) => number | null | undefined]

const STEPS: Step[] = [
  ['(floor: its script started)', 'floor', (s) => s.marks['script-started']],
  ['(floor: fetched and parsed)', 'floor', (s) => s.visibleMs],
  [
    '(our page without scripts: Send request shown)',
    'shell',
    (s) => s.sendReadyMs,
  ],
  [
    '(our page without scripts: Send request on screen)',
    'shell',
    (s) => s.sendPaintedMs,
  ],
  ['first script started', 'ours', (s) => s.marks['early-script-started']],
  ['Send request shown (clicks kept)', 'ours', (s) => s.sendReadyMs],
  ['Send request on screen (its text painted)', 'ours', (s) => s.sendPaintedMs],
  ...LOAD_PATH_STEPS.map(([label, mark]): Step => [
    label,
    'ours',
    (s) => s.marks[mark],
  ]),
  ['GET /v0.1/user in the index', 'ours', (s) => s.visibleMs],
  [
    'parts received (page, asked after the index painted)',
    'ours',
    (s) => s.marks['description-parts-received'],
  ],
  ['GET /v0.1/user open in Swagger UI', 'ours', (s) => s.swaggerVisibleMs],
]

/** Where ours's time goes: the median time of each step, per document, as a Markdown table. */
export function formatSteps(
  docs: BenchDocument[],
  samples: LoadSample[],
): string {
  const header = ['step (ms from navigation)', ...docs.map((d) => d.name)]
  const lines = STEPS.map(([label, variant, pick]) => [
    label,
    ...docs.map((doc) => {
      const values = samples
        .filter((s) => s.variant === variant && s.doc === doc.name)
        .map(pick)
        .filter((v): v is number => typeof v === 'number')
      const value = median(values)
      return value === null ? '—' : Math.round(value).toLocaleString('en')
    }),
  ])
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => line[column]!.length)),
  )
  const row = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`
  return [row(header), rule, ...lines.map(row)].join('\n')
}
