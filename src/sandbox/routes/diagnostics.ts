import type { Area } from '../area.ts'
import { param, reply, type Handler, type OperationInput } from '../context.ts'
import {
  errorGroups,
  pick,
  stableId,
  stackFrames,
  type ErrorGroupSeed,
} from '../insights.ts'
import { appOf, notFound } from './scope.ts'

// Diagnostics: error groups with their occurrences and stack traces, seeded
// per app and read-only. Lists page with $top and $skip; nextLink carries
// the next page's query.

const PAGE = 5

function group(input: OperationInput): {
  appId: string
  group: ErrorGroupSeed
} {
  const app = appOf(input, 'read')
  const id = param(input, 'errorGroupId')
  const found =
    errorGroups(app.id).find((g) => g.id === id) ??
    notFound('error group', id, 'GET .../errors/errorGroups lists them.')
  return { appId: app.id, group: found }
}

function page<T>(input: OperationInput, items: T[]) {
  const url = input.url
  const top = Math.max(1, Number(url.searchParams.get('$top') ?? PAGE) || PAGE)
  const skip = Math.max(0, Number(url.searchParams.get('$skip') ?? 0) || 0)
  const slice = items.slice(skip, skip + top)
  let nextLink: string | undefined
  if (skip + top < items.length) {
    const next = new URLSearchParams(url.searchParams)
    next.set('$top', String(top))
    next.set('$skip', String(skip + top))
    nextLink = `${url.pathname.replace(/^\/sandbox/, '')}?${next.toString()}`
  }
  return { slice, nextLink }
}

function groupJson(g: ErrorGroupSeed) {
  return {
    errorGroupId: g.id,
    appVersion: g.appVersion,
    appBuild: String(100 + Number(g.appVersion.split('.')[1] ?? 0) * 10),
    count: g.count,
    deviceCount: g.devices,
    firstOccurrence: new Date(g.firstMs).toISOString(),
    lastOccurrence: new Date(g.lastMs).toISOString(),
    exceptionType: g.exceptionType,
    exceptionMessage: g.message,
    exceptionClassName: g.className,
    exceptionMethod: g.method,
    exceptionFile: g.file,
    exceptionLine: String(g.line),
    codeRaw: `at ${g.className}.${g.method}(${g.file}:${g.line})`,
  }
}

const MODELS = ['Pixel 8', 'Galaxy S23', 'Pixel 6a', 'Galaxy A54', 'OnePlus 11']

function occurrences(appId: string, g: ErrorGroupSeed) {
  const count = Math.min(g.count, 12)
  return Array.from({ length: count }, (_, i) => {
    const key = `${appId}/${g.id}/${i}`
    return {
      errorId: stableId(key),
      timestamp: new Date(
        g.lastMs - i * 3_600_000 * (1 + pick(key, 20)),
      ).toISOString(),
      deviceName: MODELS[pick(`${key}/m`, MODELS.length)],
      osVersion: String(12 + pick(`${key}/os`, 3)),
      osType: 'Android',
      country: ['US', 'DE', 'IN', 'BR', 'JP'][pick(`${key}/c`, 5)],
      language: ['en-US', 'de-DE', 'hi-IN', 'pt-BR', 'ja-JP'][
        pick(`${key}/c`, 5)
      ],
      userId: stableId(`${key}/user`),
    }
  })
}

function trace(g: ErrorGroupSeed) {
  const frames = stackFrames(g).map((f) => ({
    class_name: f.className,
    method: f.method,
    file_name: f.file,
    line_number: f.line,
    app_code: f.appCode,
    code_raw: f.codeRaw,
    code_formatted: f.codeRaw,
  }))
  return {
    title: `${g.className}.${g.method}`,
    reason: `${g.exceptionType}: ${g.message}`,
    exception: { type: g.exceptionType, reason: g.message, frames },
    threads: [{ title: 'main', frames, relevant: true, crashed: true }],
  }
}

const handlers: Record<string, Handler> = {
  Errors_GroupList: (input) => {
    const app = appOf(input, 'read')
    const version = input.url.searchParams.get('version')
    const all = errorGroups(app.id).filter(
      (g) => !version || g.appVersion === version,
    )
    const { slice, nextLink } = page(input, all)
    return reply(input, { errorGroups: slice.map(groupJson), nextLink })
  },
  Errors_GroupDetails: (input) => reply(input, groupJson(group(input).group)),
  Errors_ListForGroup: (input) => {
    const { appId, group: g } = group(input)
    const { slice, nextLink } = page(input, occurrences(appId, g))
    return reply(input, { errors: slice, nextLink })
  },
  Errors_GetErrorDetails: (input) => {
    const { appId, group: g } = group(input)
    const id = param(input, 'errorId')
    const found =
      occurrences(appId, g).find((e) => e.errorId === id) ??
      notFound(
        'error',
        id,
        'GET .../errors lists the occurrences of this group.',
      )
    return reply(
      input,
      Object.assign({}, found, {
        exceptionType: g.exceptionType,
        exceptionMessage: g.message,
      }),
    )
  },
  Errors_GroupErrorStackTrace: (input) =>
    reply(input, trace(group(input).group)),
  Errors_ErrorStackTrace: (input) => {
    const { appId, group: g } = group(input)
    const id = param(input, 'errorId')
    if (!occurrences(appId, g).some((e) => e.errorId === id)) {
      notFound(
        'error',
        id,
        'GET .../errors lists the occurrences of this group.',
      )
    }
    return reply(input, trace(g))
  },
}

export const diagnostics: Area = {
  name: 'diagnostics',
  tags: /diagnos|crash|error|symbol/i,
  handlers,
}
