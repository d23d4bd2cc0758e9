import type { Area } from '../area.ts'
import { reply, type Handler, type OperationInput } from '../context.ts'
import { dateRange, pick } from '../insights.ts'
import { appOf } from './scope.ts'

// Analytics: active devices, sessions and versions over the asked range,
// one figure per day, seeded per app and day. `start` and `end` are checked
// and honoured: the answer covers exactly those days.

const VERSIONS = ['1.2.0', '1.1.0', '1.0.0']

function daily(input: OperationInput, metric: string, base: number) {
  const app = appOf(input, 'read')
  const range = dateRange(input.url, input.nowMs)
  return range.days.map((day) => ({
    datetime: day,
    count: base + pick(`${app.id}/${metric}/${day}`, Math.round(base / 2)),
  }))
}

function everyNth<T>(items: T[], n: number): T[] {
  return items.filter((_, i) => i % n === 0)
}

const handlers: Record<string, Handler> = {
  Analytics_DeviceCounts: (input) => {
    const days = daily(input, 'devices', 800)
    return reply(input, {
      daily: days,
      weekly: everyNth(days, 7).map((d) => ({
        datetime: d.datetime,
        count: d.count * 4,
      })),
      monthly: everyNth(days, 30).map((d) => ({
        datetime: d.datetime,
        count: d.count * 11,
      })),
    })
  },
  Analytics_SessionCounts: (input) =>
    reply(input, daily(input, 'sessions', 2400)),
  Analytics_Versions: (input) => {
    const app = appOf(input, 'read')
    const range = dateRange(input.url, input.nowMs)
    const days = range.days.length
    const versions = VERSIONS.map((version, i) => {
      const perDay =
        Math.round(600 / (i + 1)) + pick(`${app.id}/${version}`, 50)
      return {
        version,
        count: perDay * days,
        previous_count: Math.round(perDay * days * (0.7 + i * 0.2)),
      }
    })
    return reply(input, {
      versions,
      total: versions.reduce((sum, v) => sum + v.count, 0),
    })
  },
}

export const analytics: Area = {
  name: 'analytics',
  tags: /analytic|audience|event|session/i,
  handlers,
}
