import type { Area } from '../area.ts'
import { param, reply, type Handler, type OperationInput } from '../context.ts'
import { pick, stableId } from '../insights.ts'
import { remembered } from '../kept.ts'
import { appOf, notFound } from './scope.ts'

// Test: the app's recent test runs on device sets, seeded and read-only.

const SERIES = ['master', 'nightly', 'release-candidate']
const DAY = 86_400_000
const SEED_MS = Date.parse('2024-05-06T09:30:00.000Z')

/** The app's recent runs; they depend only on its id. Shared: do not change them. */
const runsOf = remembered((appId: string) =>
  Array.from({ length: 6 }, (_, i) => {
    const key = `${appId}/run/${i}`
    const total = 40 + pick(key, 60)
    const failed = i % 3 === 1 ? 1 + pick(`${key}/f`, 4) : 0
    const devices = 3 + pick(`${key}/d`, 8)
    return {
      id: stableId(key),
      date: new Date(SEED_MS - i * 2 * DAY).toISOString(),
      appVersion: ['1.2.0', '1.1.0'][i % 2],
      testSeries: SERIES[i % SERIES.length],
      description: `UI tests on ${devices} devices`,
      stats: {
        devices,
        devicesFinished: devices,
        devicesFailed: failed > 0 ? 1 : 0,
        total,
        passed: total - failed,
        failed,
        skipped: 0,
      },
    }
  }),
)

function find(input: OperationInput) {
  const app = appOf(input, 'read')
  const id = param(input, 'test_run_id')
  return (
    runsOf(app.id).find((r) => r.id === id) ??
    notFound('test run', id, 'GET .../test_runs lists the runs of this app.')
  )
}

const handlers: Record<string, Handler> = {
  test_getTestRuns: (input) => reply(input, runsOf(appOf(input, 'read').id)),
  test_getTestRun: (input) => reply(input, find(input)),
}

export const testRuns: Area = {
  name: 'test',
  tags: /^test/i,
  handlers,
}
