// `npm run bench:sandbox`: how fast the standalone sandbox answers
// GET /sandbox/v0.1/user. Prints figures; asserts nothing. Loopback only,
// bounded in time, and it stops by itself.
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
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  headers: Record<string, string>
  workers?: number
}) => Promise<AutocannonResult>

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const CONNECTIONS = 100
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10)
const TARGET_RPS = 5000
// The client runs in worker threads so it does not steal the server's loop.
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1)

// Rate limiting would only measure the 429 path, so the bench turns it off.
const running = await startSandboxServer({ port: 0, rateLimit: false })
try {
  const token = running.sandbox.demo().tokens[0]?.value ?? ''
  const url = `${running.baseUrl}/v0.1/user`
  console.log(
    `Benchmarking GET ${url}: ${CONNECTIONS} connections for ${DURATION_S} s...`,
  )
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'X-API-Token': token },
    workers: WORKERS,
  })
  const rps = result.requests.average
  console.table({
    'requests/s (mean)': rps.toFixed(0),
    'requests (total)': result.requests.total,
    'latency p50 (ms)': result.latency.p50,
    'latency p90 (ms)': result.latency.p90,
    'latency p99 (ms)': result.latency.p99,
    'latency max (ms)': result.latency.max,
    'non-2xx responses': result.non2xx,
    'errors + timeouts': result.errors + result.timeouts,
  })
  console.log(
    `Target >= ${TARGET_RPS} req/s: ${rps >= TARGET_RPS ? 'met' : 'NOT met'} (${rps.toFixed(0)} req/s; server on the main thread, client in ${WORKERS} worker thread(s)).`,
  )
} finally {
  await running.close()
}
