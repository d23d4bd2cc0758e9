import { createHash } from 'node:crypto'
import { SandboxError } from './errors.ts'
import { remembered } from './kept.ts'

// Read-only history for Diagnostics, Analytics and Test: not stored, but
// worked out from the app and the day, so the same question always gets the
// same answer and a reset has nothing to restore. Being pure functions of
// their keys (apps and days, so the kept maps stay small), results are
// remembered.

const hashOf = remembered((key: string) =>
  createHash('sha1').update(key).digest().readUInt32BE(0),
)

/** A whole number in [0, range) that depends only on `key`. */
export function pick(key: string, range: number): number {
  return hashOf(key) % range
}

/** A UUID that depends only on `key`. */
export const stableId = remembered((key: string) =>
  uuidFrom(createHash('sha1').update(key).digest('hex')),
)

function uuidFrom(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const DAY = 86_400_000
/** App Center kept analytics for 90 days; the sandbox answers a year. */
const MAX_RANGE_DAYS = 366

export interface DateRange {
  startMs: number
  endMs: number
  /** Midnight UTC of each day in the range, oldest first. */
  days: string[]
}

/**
 * The `start`/`end` query pair: both ISO dates (the description checks the
 * format), `end` defaulting to now, `start` no later than `end`, and no
 * more than a year apart.
 */
export function dateRange(url: URL, nowMs: number): DateRange {
  const start = url.searchParams.get('start')
  const end = url.searchParams.get('end')
  const startMs = start === null ? nowMs - 30 * DAY : Date.parse(start)
  const endMs = end === null ? nowMs : Date.parse(end)
  if (Number.isNaN(startMs)) {
    throw new SandboxError(
      'BadRequest',
      'Query parameter "start" must be an ISO 8601 date such as 2024-05-01T00:00:00Z.',
    )
  }
  if (Number.isNaN(endMs)) {
    throw new SandboxError(
      'BadRequest',
      'Query parameter "end" must be an ISO 8601 date such as 2024-05-31T00:00:00Z.',
    )
  }
  if (startMs > endMs) {
    throw new SandboxError(
      'BadRequest',
      `Query parameter "start" (${new Date(startMs).toISOString()}) is after "end" (${new Date(endMs).toISOString()}).`,
    )
  }
  if (endMs - startMs > MAX_RANGE_DAYS * DAY) {
    throw new SandboxError(
      'BadRequest',
      `Query parameters "start" and "end" are more than ${MAX_RANGE_DAYS} days apart; ask for a shorter range.`,
    )
  }
  const days: string[] = []
  for (let day = Math.floor(startMs / DAY) * DAY; day <= endMs; day += DAY) {
    days.push(midnight(day))
  }
  return { startMs, endMs, days }
}

/** The ISO text of a midnight; ranges ask for the same days again and again. */
const midnight = remembered(
  (dayMs: number) => new Date(dayMs).toISOString(),
  10_000,
)

export interface ErrorGroupSeed {
  id: string
  exceptionType: string
  message: string
  className: string
  method: string
  file: string
  line: number
  appVersion: string
  count: number
  devices: number
  firstMs: number
  lastMs: number
}

const FAILURES = [
  [
    'java.lang.NullPointerException',
    'Attempt to invoke virtual method on a null object reference',
    'com.example.hello.ProfileActivity',
    'onResume',
    'ProfileActivity.kt',
  ],
  [
    'java.lang.IllegalStateException',
    'Fragment not attached to a context',
    'com.example.hello.SettingsFragment',
    'onSaveClicked',
    'SettingsFragment.kt',
  ],
  [
    'java.net.SocketTimeoutException',
    'timeout',
    'com.example.hello.net.ApiClient',
    'fetchFeed',
    'ApiClient.kt',
  ],
  [
    'java.lang.IndexOutOfBoundsException',
    'Index: 3, Size: 3',
    'com.example.hello.FeedAdapter',
    'onBindViewHolder',
    'FeedAdapter.kt',
  ],
  [
    'android.database.sqlite.SQLiteException',
    'no such table: drafts',
    'com.example.hello.data.DraftStore',
    'load',
    'DraftStore.kt',
  ],
  [
    'java.lang.OutOfMemoryError',
    'Failed to allocate a 16777232 byte allocation',
    'com.example.hello.ImageLoader',
    'decode',
    'ImageLoader.kt',
  ],
  [
    'kotlin.UninitializedPropertyAccessException',
    'lateinit property session has not been initialized',
    'com.example.hello.MainActivity',
    'onStart',
    'MainActivity.kt',
  ],
  [
    'java.lang.ClassCastException',
    'String cannot be cast to Integer',
    'com.example.hello.Prefs',
    'readCounter',
    'Prefs.kt',
  ],
] as const

const SEED_MS = Date.parse('2024-05-06T09:30:00.000Z')

/** Error groups of an app, most frequent first. Shared: do not change them. */
export const errorGroups = remembered(seedErrorGroups)

function seedErrorGroups(appId: string): ErrorGroupSeed[] {
  const groups = FAILURES.map(([type, message, className, method, file], i) => {
    const key = `${appId}/error/${i}`
    const count = 40 + pick(key, 900)
    return {
      id: stableId(key),
      exceptionType: type,
      message,
      className,
      method,
      file,
      line: 20 + pick(`${key}/line`, 200),
      appVersion: ['1.0.0', '1.1.0', '1.2.0'][pick(`${key}/v`, 3)] ?? '1.2.0',
      count,
      devices: Math.max(1, Math.round(count / (2 + pick(`${key}/d`, 5)))),
      firstMs: SEED_MS - (20 + pick(`${key}/f`, 40)) * DAY,
      lastMs: SEED_MS - pick(`${key}/l`, 5) * DAY,
    }
  })
  return groups.sort((a, b) => b.count - a.count)
}

export function stackFrames(group: ErrorGroupSeed) {
  const frames = [
    {
      className: group.className,
      method: group.method,
      file: group.file,
      line: group.line,
      appCode: true,
    },
    {
      className: `${group.className}$1`,
      method: 'run',
      file: group.file,
      line: group.line - 7,
      appCode: true,
    },
    {
      className: 'android.os.Handler',
      method: 'handleCallback',
      file: 'Handler.java',
      line: 938,
      appCode: false,
    },
    {
      className: 'android.os.Looper',
      method: 'loop',
      file: 'Looper.java',
      line: 223,
      appCode: false,
    },
    {
      className: 'android.app.ActivityThread',
      method: 'main',
      file: 'ActivityThread.java',
      line: 7656,
      appCode: false,
    },
  ]
  return frames.map((f) => ({
    codeRaw: `at ${f.className}.${f.method}(${f.file}:${f.line})`,
    ...f,
  }))
}
