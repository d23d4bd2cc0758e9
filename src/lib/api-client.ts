import { blockedByPolicy, originOrNull } from './connect-policy'
import { parseJsonBody } from './explain-call/call-outcome'

/**
 * The one way the app talks to a target API: the first call, the Authorize
 * check, the apps list and Swagger UI's try-it-out all come through here, so
 * where the token may go, how long a call may take, what a policy stop or a
 * redirect looks like, and who hears about each call are decided once.
 */

export const DEFAULT_TIMEOUT_MS = 15_000

/** The authorized target: the token goes to this base URL's origin and nowhere else. */
export interface TargetSession {
  baseUrl: string
  token: string | null
}

/** The part of the page a call was made for; calls with one are kept in the History. */
export type CallSource = 'first-call' | 'try-it-out'

export interface ApiRequest {
  /** Absolute URL. */
  url: string
  method?: string
  headers?: Record<string, string>
  body?: BodyInit | null
  /** Without a session, no token is sent. */
  session?: TargetSession
  /** null: no timeout (try-it-out, where the user decides how long to wait). */
  timeoutMs?: number | null
  signal?: AbortSignal | null
  source?: CallSource
}

/** Why no answer came back. */
export type CallFailure =
  /** Server down, wrong address, or CORS: the browser does not say which. */
  | { kind: 'network' }
  /** The page's own Content-Security-Policy stopped the request before it was sent. */
  | { kind: 'blocked'; origin: string }
  | { kind: 'timeout'; timeoutMs: number }

export class CallFailedError extends Error {
  readonly failure: CallFailure

  constructor(failure: CallFailure, cause: unknown) {
    super(`Call failed: ${failure.kind}`, { cause })
    this.name = 'CallFailedError'
    this.failure = failure
  }
}

/** What callApi hands back: an answer with its body read, a refused redirect, or a failure. */
export type ApiOutcome =
  | {
      kind: 'response'
      status: number
      statusText: string
      headers: Headers
      text: string
      /** The parsed body, or undefined when it is not JSON. */
      json: unknown
      durationMs: number
    }
  | { kind: 'redirect'; durationMs: number }
  | CallFailure

/** Everything a call log needs about one finished call; secrets are already redacted. */
export interface CompletedCall {
  source?: CallSource
  method: string
  url: string
  requestHeaders: Record<string, string>
  /** Text bodies as sent; other kinds (a file, a form) by name only. */
  requestBody: string | null
  /** Epoch milliseconds. */
  startedAt: number
  durationMs: number
  result:
    | {
        kind: 'response'
        status: number
        statusText: string
        headers: Record<string, string>
        body: string
      }
    | { kind: 'redirect' }
    | CallFailure
}

export type CallListener = (call: CompletedCall) => void

const listeners = new Set<CallListener>()

/** Hears about every call this client completes (not those the caller aborted); returns the unsubscribe. */
export function onCallCompleted(listener: CallListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function report(call: CompletedCall): void {
  for (const listener of listeners) {
    try {
      listener(call)
    } catch {
      // A listener's bug must not turn a finished call into a failed one.
    }
  }
}

const SECRET_HEADERS = ['x-api-token', 'authorization']
export const REDACTED = '<redacted>'
const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH']

function isSecret(name: string): boolean {
  return SECRET_HEADERS.includes(name.toLowerCase())
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name)
}

export function withoutSecretHeaders(
  headers: Record<string, string> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !isSecret(name)),
  )
}

function redacted(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      // The scheme stays ("Basic <redacted>"): it says which credential went.
      isSecret(name) ? value.replace(/^(\w+\s+)?.*$/s, `$1${REDACTED}`) : value,
    ]),
  )
}

/**
 * The headers a request to `url` may carry. On the session's origin the
 * token is set (an Authorization header the caller added stays); anywhere
 * else every credential is dropped.
 */
export function bindCredentials(
  url: string,
  headers: Record<string, string> = {},
  session?: TargetSession,
): { headers: Record<string, string>; bound: boolean } {
  const target = session ? originOrNull(session.baseUrl) : null
  const bound = target !== null && originOrNull(url) === target
  if (!bound) return { headers: withoutSecretHeaders(headers), bound }
  const next = Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => name.toLowerCase() !== 'x-api-token',
    ),
  )
  if (session?.token) next['X-API-Token'] = session.token
  return { headers: next, bound }
}

/**
 * App Center refuses a POST, PUT or PATCH without a body (411 Length
 * Required), so an empty one becomes `{}`.
 */
export function withBodyForWrites<Body>(
  method: string,
  body: Body | null | undefined,
  headers: Record<string, string> = {},
): {
  body: Body | string | null | undefined
  headers: Record<string, string>
  added: boolean
} {
  const empty = body === undefined || body === null || body === ''
  if (!METHODS_WITH_BODY.includes(method.toUpperCase()) || !empty)
    return { body, headers, added: false }
  const next = { ...headers }
  if (!hasHeader(next, 'content-type'))
    next['Content-Type'] = 'application/json'
  return { body: '{}', headers: next, added: true }
}

/**
 * The server's own words about an error: App Center's envelope
 * `{"error":{"code":"…","message":"…"}}`, or a bare `{code, message}` as
 * some compatible servers send it. null when the body has neither.
 */
export function appCenterError(
  json: unknown,
): { code?: string; message?: string } | null {
  if (typeof json !== 'object' || json === null) return null
  const envelope = (json as { error?: unknown }).error
  const body = (
    typeof envelope === 'object' && envelope !== null ? envelope : json
  ) as { code?: unknown; message?: unknown }
  const code = typeof body.code === 'string' ? body.code : undefined
  const message = typeof body.message === 'string' ? body.message : undefined
  return code === undefined && message === undefined ? null : { code, message }
}

function describeBody(body: BodyInit | null | undefined): string | null {
  if (body === undefined || body === null) return null
  if (typeof body === 'string') return body
  if (body instanceof URLSearchParams) return body.toString()
  return `[${body.constructor.name}]`
}

function headersObject(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries())
}

interface Prepared {
  source?: CallSource
  method: string
  url: string
  headers: Record<string, string>
  body: BodyInit | null | undefined
  startedAt: number
  started: number
}

function prepare(request: ApiRequest): Prepared {
  const method = (request.method ?? 'GET').toUpperCase()
  const given = { ...request.headers }
  if (!hasHeader(given, 'accept')) given.Accept = 'application/json'
  const { headers } = bindCredentials(request.url, given, request.session)
  const withBody = withBodyForWrites(method, request.body, headers)
  return {
    source: request.source,
    method,
    url: request.url,
    headers: withBody.headers,
    body: withBody.body,
    startedAt: Date.now(),
    started: performance.now(),
  }
}

function completed(
  prepared: Prepared,
  result: CompletedCall['result'],
  durationMs: number,
): CompletedCall {
  return {
    source: prepared.source,
    method: prepared.method,
    url: prepared.url,
    requestHeaders: redacted(prepared.headers),
    requestBody: describeBody(prepared.body),
    startedAt: prepared.startedAt,
    durationMs,
    result,
  }
}

function elapsed(prepared: Prepared): number {
  return Math.round(performance.now() - prepared.started)
}

/**
 * Aborts the call when the caller aborts or the time is up; the timer is
 * ours rather than AbortSignal.timeout, so tests can drive it with a fake
 * clock. It runs until `stop`, so a body that never ends times out too.
 */
function deadline(request: ApiRequest) {
  const timeoutMs =
    request.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : request.timeoutMs
  const controller = new AbortController()
  let timedOut = false
  const timer =
    timeoutMs === null
      ? undefined
      : setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
  const onAbort = () => controller.abort()
  request.signal?.addEventListener('abort', onAbort)
  return {
    signal: controller.signal,
    /** The failure to report, or null when the caller aborted. */
    failureOf: async (url: string): Promise<CallFailure | null> => {
      if (timedOut && timeoutMs !== null) return { kind: 'timeout', timeoutMs }
      if (request.signal?.aborted) return null
      const origin = await blockedByPolicy(url)
      return origin ? { kind: 'blocked', origin } : { kind: 'network' }
    },
    stop: () => {
      clearTimeout(timer)
      request.signal?.removeEventListener('abort', onAbort)
    },
  }
}

type Deadline = ReturnType<typeof deadline>

/**
 * Sends the request. Resolves with the Response as it came (a redirect is
 * not followed: it arrives as an opaque redirect with status 0); rejects
 * with CallFailedError, or with the caller's own abort.
 */
async function send(prepared: Prepared, time: Deadline): Promise<Response> {
  try {
    return await fetch(prepared.url, {
      method: prepared.method,
      headers: prepared.headers,
      body: prepared.body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A redirect must not take the token to wherever it points.
      redirect: 'manual',
      signal: time.signal,
    })
  } catch (error) {
    throw await failed(prepared, time, error)
  }
}

/** The error to throw for a call that got no (complete) answer, reported unless the caller aborted. */
async function failed(
  prepared: Prepared,
  time: Deadline,
  error: unknown,
): Promise<unknown> {
  const failure = await time.failureOf(prepared.url)
  if (!failure) return error
  report(completed(prepared, failure, elapsed(prepared)))
  return new CallFailedError(failure, error)
}

/** Tells the listeners about an answer whose body has been read. */
function reportAnswer(
  prepared: Prepared,
  response: Response,
  body: string,
  durationMs: number,
): void {
  report(
    completed(
      prepared,
      {
        kind: 'response',
        status: response.status,
        statusText: response.statusText,
        headers: headersObject(response.headers),
        body,
      },
      durationMs,
    ),
  )
}

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect'
}

/**
 * For a caller that reads the Response itself (Swagger UI): the call is
 * reported once its body has arrived, from a copy, so the caller's stream is
 * untouched.
 */
export async function sendRequest(request: ApiRequest): Promise<Response> {
  const prepared = prepare(request)
  const time = deadline(request)
  let response: Response
  try {
    response = await send(prepared, time)
  } finally {
    // Swagger UI reads the body itself, after this returns.
    time.stop()
  }
  const durationMs = elapsed(prepared)
  if (listeners.size > 0) {
    if (isRedirect(response))
      report(completed(prepared, { kind: 'redirect' }, durationMs))
    else
      void response
        .clone()
        .text()
        .then(
          (body) => reportAnswer(prepared, response, body, elapsed(prepared)),
          () => undefined,
        )
  }
  return response
}

/**
 * Sends the request and reads the answer as text (and JSON when it is).
 * Never rejects except for the caller's own abort: a failure is an outcome.
 */
export async function callApi(request: ApiRequest): Promise<ApiOutcome> {
  const prepared = prepare(request)
  const time = deadline(request)
  try {
    const response = await send(prepared, time)
    if (isRedirect(response)) {
      const durationMs = elapsed(prepared)
      report(completed(prepared, { kind: 'redirect' }, durationMs))
      return { kind: 'redirect', durationMs }
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      throw await failed(prepared, time, error)
    }
    const durationMs = elapsed(prepared)
    const json = parseJsonBody(text)
    reportAnswer(prepared, response, text, durationMs)
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
      json,
      durationMs,
    }
  } catch (error) {
    if (error instanceof CallFailedError) return error.failure
    throw error
  } finally {
    time.stop()
  }
}
