// `npm run bench:sandbox`: how fast the standalone sandbox answers a mix of
// operations across the areas: account, Distribute, CodePush, Build,
// Diagnostics, Analytics, Test, a generated answer, a write, and an unknown
// path. Prints figures; asserts nothing. Loopback only, bounded in time, and
// it stops by itself.
import { createRequire } from 'node:module'
import { startSandboxServer } from './server.ts'

// autocannon ships no types; this is the part of its API we use.
interface Histogram {
  average: number
  p50: number
  p90: number
  p99: number
  max: number
}
interface AutocannonResult {
  requests: Histogram & { total: number }
  latency: Histogram
  errors: number
  timeouts: number
  non2xx: number
}
interface BenchRequest {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  headers: Record<string, string>
  requests: BenchRequest[]
  workers?: number
}) => Promise<AutocannonResult>

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const APP = '/v0.1/apps/demo-user/hello-android'
const RANGE = 'start=2024-11-01T00:00:00Z&end=2024-11-30T00:00:00Z'
const JSON_BODY = { 'Content-Type': 'application/json' }

/** Each connection cycles through these, so every area gets its share. */
const MIX: BenchRequest[] = [
  { method: 'GET', path: '/v0.1/user' },
  { method: 'GET', path: '/v0.1/apps' },
  { method: 'GET', path: `${APP}/distribution_groups` },
  { method: 'GET', path: `${APP}/releases/latest` },
  { method: 'GET', path: `${APP}/deployments/Staging/releases` },
  { method: 'GET', path: `${APP}/builds/1` },
  { method: 'GET', path: `${APP}/errors/errorGroups?${RANGE}&$top=5` },
  {
    method: 'GET',
    path: `${APP}/analytics/session_counts?${RANGE}&interval=P1D`,
  },
  { method: 'GET', path: `${APP}/test_runs` },
  { method: 'GET', path: `${APP}/distribution_stores` },
  {
    method: 'PUT',
    path: `${APP}/releases/3`,
    headers: JSON_BODY,
    body: JSON.stringify({ release_notes: 'Benchmarked.' }),
  },
  { method: 'GET', path: '/v0.1/no_such_operation' },
]

const CONNECTIONS = 100
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const WARM_UP_S = 2
const TARGET_RPS = 5000
// The client runs in worker threads so it does not steal the server's loop.
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1)

// Rate limiting would only measure the 429 path, so the bench turns it off.
const running = await startSandboxServer({ port: 0, rateLimit: false })
try {
  const token = running.sandbox.demo().tokens[0]?.value ?? ''
  const url = running.baseUrl
  console.log(
    `Benchmarking a mix of ${MIX.length} operations at ${url}: ${CONNECTIONS} connections for ${DURATION_S} s, after ${WARM_UP_S} s not counted...`,
  )
  for (const request of MIX) {
    console.log(`  ${request.method} ${request.path}`)
  }
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      headers: { 'X-API-Token': token },
      requests: MIX.map((request) =>
        Object.assign({}, request, {
          path: `${new URL(url).pathname}${request.path}`,
        }),
      ),
      workers: WORKERS,
    })
  // An operation's first request compiles its validator, and the JIT has not
  // warmed up yet: a sandbox in use is past both, so that pass is not counted.
  await run(WARM_UP_S)
  const result = await run(DURATION_S)
  const rps = result.requests.average
  console.table({
    'requests/s (mean)': rps.toFixed(0),
    'requests (total)': result.requests.total,
    'latency p50 (ms)': result.latency.p50,
    'latency p90 (ms)': result.latency.p90,
    'latency p99 (ms)': result.latency.p99,
    'latency max (ms)': result.latency.max,
    'non-2xx responses (1 in 12 is the unknown path)': result.non2xx,
    'errors + timeouts': result.errors + result.timeouts,
  })
  console.log(
    `Target >= ${TARGET_RPS} req/s: ${rps >= TARGET_RPS ? 'met' : 'NOT met'} (${rps.toFixed(0)} req/s; server on the main thread, client in ${WORKERS} worker thread(s)).`,
  )
} finally {
  await running.close()
}
