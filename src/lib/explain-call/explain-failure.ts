import { appCenterError } from '@/lib/api-client'
import { policyStopSentence } from '@/lib/connect-policy'
import type { CallOutcome, TokenContext } from './call-outcome'

/**
 * Turns the outcome of the first call into plain words: what happened,
 * the likely cause, and what to do next. Pure, so every case is testable.
 */

export interface Explanation {
  tone: 'success' | 'error' | 'warning'
  title: string
  cause: string
  nextSteps: string[]
  /** From Retry-After, so the UI can count down before offering a retry. */
  retryAfterSeconds?: number
}

type Response = Extract<CallOutcome, { kind: 'response' }>

const USER_PATH = /\/v0\.1\/user\/?$/

const SANDBOX_START =
  'Check the terminal where you started this app: is it still running (npm start or npm run dev)? Start it again if it stopped, then send the call again.'
const USE_SANDBOX =
  'Switch the target to Sandbox in the Authorize panel: it imitates App Center and answers from this page.'
const USE_CURL =
  'Copy the curl snippet shown with the call and run it in a terminal, where browser rules (CORS) do not apply.'
const USE_PROXY =
  'Or put a proxy that adds CORS headers in front of the API, and use the proxy as a custom base URL in the Authorize panel.'

export function explainOutcome(
  outcome: CallOutcome,
  token: TokenContext,
): Explanation {
  switch (outcome.kind) {
    case 'network':
      return explainNetwork(token)
    case 'blocked':
      return explainBlocked(outcome.origin, token)
    case 'timeout':
      return explainTimeout(outcome.url, outcome.timeoutMs, token)
    case 'redirect':
      return explainRedirect(outcome.url, token)
    case 'response':
      return explainResponse(outcome, token)
  }
}

function explainResponse(outcome: Response, token: TokenContext): Explanation {
  const { status } = outcome
  if (status >= 200 && status < 300) return explainSuccess(outcome, token)
  if (status === 401) return explainUnauthorized(outcome, token)
  if (status === 403) return explainForbidden(outcome, token)
  if (status === 404) return explainNotFound(outcome, token)
  if (status === 411) return explainLengthRequired(outcome)
  if (status === 429) return explainRateLimited(outcome, token)
  if (status >= 500 && status < 600) return explainServerError(outcome, token)
  return explainOtherStatus(outcome)
}

/** How to name the server in a sentence; `start` capitalizes it to open one. */
function serverName(token: TokenContext, start = true): string {
  const the = start ? 'The' : 'the'
  switch (token.targetKind) {
    case 'sandbox':
      return `${the} sandbox`
    case 'production':
      return 'App Center'
    case 'custom':
      return `${the} server at ${token.targetBaseUrl}`
  }
}

function explainNetwork(token: TokenContext): Explanation {
  const base = token.targetBaseUrl
  const common = `The browser could not get an answer from ${base}. The server may be down, the address may be wrong, or the server does not allow calls from this page (CORS); the browser does not say which.`
  switch (token.targetKind) {
    case 'sandbox':
      return {
        tone: 'error',
        title: 'The sandbox did not answer',
        cause: `${common} The sandbox runs inside this app's own server, so that server has most likely stopped.`,
        nextSteps: [SANDBOX_START, 'Reload this page once the app is running.'],
      }
    case 'production':
      return {
        tone: 'error',
        title: 'App Center production did not answer',
        cause: `${common} App Center's production API never allowed browser calls from other sites (CORS), and App Center was retired in March 2025, so calls from this page cannot reach it.`,
        nextSteps: [USE_SANDBOX, USE_CURL, USE_PROXY],
      }
    case 'custom':
      return {
        tone: 'error',
        title: `${base} did not answer`,
        cause: `${common} A custom server must send CORS headers that allow this page's origin, and X-API-Token as a request header.`,
        nextSteps: [
          `Check that ${base} is the right base URL (the part before /v0.1) and that the server is up.`,
          "Check that the server or its proxy answers CORS requests for this page's origin.",
          USE_CURL,
          USE_SANDBOX,
        ],
      }
  }
}

function explainBlocked(origin: string, token: TokenContext): Explanation {
  return {
    tone: 'error',
    title: `This page may not call ${origin}`,
    cause: `${policyStopSentence(origin)} ${serverName(token)} was not asked, so nothing is known about it yet.`,
    nextSteps: [
      `If you serve this explorer yourself, add ${origin} to EXPLORER_CONNECT_SRC, start it again (npm start) or rebuild it, and send the call again.`,
      USE_CURL,
      USE_SANDBOX,
    ],
  }
}

function explainRedirect(url: string, token: TokenContext): Explanation {
  return {
    tone: 'error',
    title: 'The server answered with a redirect',
    cause: `${serverName(token)} answered ${url} by sending the browser somewhere else. The redirect was not followed, so your token stayed with the target you authorized.`,
    nextSteps: [
      `Check the base URL in the Authorize panel: ${token.targetBaseUrl} should be the API itself, not a page that forwards to it.`,
      USE_CURL,
    ],
  }
}

function explainTimeout(
  url: string,
  timeoutMs: number,
  token: TokenContext,
): Explanation {
  const waited = formatDuration(timeoutMs)
  return {
    tone: 'error',
    title: `No answer after ${waited}`,
    cause: `We waited ${waited} for ${url} and then gave up. ${serverName(token)} is slow, stuck, or the connection is not getting through.`,
    nextSteps:
      token.targetKind === 'sandbox'
        ? [
            SANDBOX_START,
            'If the server is paused (for example at a debugger breakpoint), let it continue.',
            'Send the call again.',
          ]
        : [
            'Send the call again; the first call to a server can be slow.',
            `If it keeps timing out, check that ${token.targetBaseUrl} is up: ${lowerFirst(USE_CURL)}`,
          ],
  }
}

function explainSuccess(outcome: Response, token: TokenContext): Explanation {
  const name = profileName(outcome.json)
  if (name !== undefined) {
    return {
      tone: 'success',
      title: `It works: you are authorized as ${name}`,
      cause: `${serverName(token)} accepted your API token and sent back your user profile.`,
      nextSteps: [
        'Find owner_name and app_name for the next calls: GET /v0.1/apps lists your apps, or paste the address of your app from the App Center portal.',
        'Then try the app operations in the explorer below.',
      ],
    }
  }
  return {
    tone: 'warning',
    title: `The answer (${outcome.status}) is not a user profile`,
    cause: `${notProfileReason(outcome)} The base URL ${token.targetBaseUrl} probably points at a web page or a proxy, not at the App Center API.`,
    nextSteps: [
      'Check the base URL in the Authorize panel: it is the part before /v0.1, such as https://api.appcenter.ms for App Center or this page followed by /sandbox for the sandbox.',
      `The call went to ${outcome.url}; open it in a new tab to see what answers there.`,
    ],
  }
}

function notProfileReason(outcome: Response): string {
  if (outcome.json !== undefined) {
    return 'The server answered with JSON, but without the name and display_name of a user profile.'
  }
  if (outcome.contentType?.toLowerCase().includes('json')) {
    return 'The server said the answer is JSON, but it cannot be read as JSON.'
  }
  if (!outcome.bodyText.trim()) return 'The server answered with an empty body.'
  const type = outcome.contentType ? ` (${outcome.contentType})` : ''
  const page = /^\s*</.test(outcome.bodyText)
    ? '; it looks like a web page'
    : ''
  return `The server answered with something that is not JSON${type}${page}.`
}

function explainUnauthorized(
  outcome: Response,
  token: TokenContext,
): Explanation {
  const said = quoteServer(outcome.json)
  if (!token.hasToken) {
    return {
      tone: 'error',
      title: 'Not authorized: no API token was sent',
      cause: `No X-API-Token header was sent, so ${serverName(token, false)} cannot tell who you are.${said}`,
      nextSteps: [
        token.targetKind === 'sandbox'
          ? 'Authorize first: open the Authorize panel and pick one of the sandbox demo tokens.'
          : 'Authorize first: open the Authorize panel and paste your API token.',
        'Then send the call again.',
      ],
    }
  }
  const message = appCenterError(outcome.json)?.message ?? ''
  if (/no api token was sent|missing/i.test(message)) {
    return {
      tone: 'error',
      title: 'Not authorized: the token did not reach the server',
      cause: `A token is set here, but ${serverName(token, false)} says none arrived. A proxy in front of the API may drop the X-API-Token header.${said}`,
      nextSteps: [
        'Make sure any proxy in front of the API passes the X-API-Token header through.',
        USE_CURL,
      ],
    }
  }
  const revoked = /revoked|deleted/i.test(message)
  return {
    tone: 'error',
    title: revoked
      ? 'Not authorized: the API token was revoked'
      : 'Not authorized: the API token was not accepted',
    cause: revoked
      ? `The token was deleted (revoked), and revoked tokens stop working at once.${said}`
      : `${serverName(token)} received a token but does not accept it: it may be incomplete or mistyped, made for another server, or revoked (revoked tokens stop working at once).${said}`,
    nextSteps: [
      // Said once: the sandbox's own message already asks for the whole token.
      ...(revoked || /whole token|cop(y|ied)/i.test(message)
        ? []
        : [
            'Copy the whole token again. App Center shows a token only once, when it is created.',
          ]),
      'If you no longer have it, create a new API token and authorize with it.',
      token.targetKind === 'sandbox'
        ? 'The sandbox only knows its own tokens: use a demo token from the Authorize panel, or one you created in the sandbox.'
        : 'A token works only on the server it was created on: a sandbox token does not work in production, and the other way round.',
    ],
  }
}

function explainForbidden(outcome: Response, token: TokenContext): Explanation {
  const said = quoteServer(outcome.json)
  const message = appCenterError(outcome.json)?.message ?? ''
  const aboutUser = USER_PATH.test(pathOf(outcome.url))
  const reason = /app (api )?token/i.test(message)
    ? 'app'
    : /read-only|read only/i.test(message)
      ? 'read-only'
      : token.kind === 'app'
        ? 'app'
        : token.access === 'read_only'
          ? 'read-only'
          : 'role'
  switch (reason) {
    case 'app':
      return {
        tone: 'error',
        title: 'Forbidden: an app token cannot make this call',
        cause: `App API tokens work only on their own app.${
          aboutUser
            ? ' GET /v0.1/user asks about you, the user, so it needs a user API token.'
            : ' This call is about another app or about your account.'
        }${said}`,
        nextSteps: [
          'Create a user API token (avatar, Account Settings, User API Tokens) and authorize with it.',
          'Keep the app token for calls under /v0.1/apps/{owner_name}/{app_name} of its own app.',
        ],
      }
    case 'read-only':
      return {
        tone: 'error',
        title: 'Forbidden: the API token is read-only',
        cause: `Read-only tokens can only read (GET), and this call would change something.${said}`,
        nextSteps: [
          'Create a token with Full Access and authorize with it to make changes.',
          'Keep the read-only token for calls that only read.',
        ],
      }
    case 'role':
      return {
        tone: 'error',
        title: 'Forbidden: your role does not allow this',
        cause: `The token is valid, but your role on this app or organization does not allow this call; for example, a Viewer or Tester cannot change an app.${said}`,
        nextSteps: [
          'Ask a manager of the app or organization to give you a role that allows it.',
          'Check that owner_name and app_name name the app you meant.',
        ],
      }
  }
}

function explainNotFound(outcome: Response, token: TokenContext): Explanation {
  const said = quoteServer(outcome.json)
  if (USER_PATH.test(pathOf(outcome.url))) {
    const expected = `${token.targetBaseUrl.replace(/\/+$/, '')}/v0.1/user`
    return {
      tone: 'error',
      title: 'Not found: the base URL looks wrong',
      cause: `The call went to ${outcome.url} and got 404. GET /v0.1/user always exists in the App Center API, so the base URL is probably wrong: for example /sandbox is missing, or there is an extra path.${said}`,
      nextSteps: [
        expected === outcome.url
          ? 'Check the base URL in the Authorize panel: it is the part before /v0.1, such as https://api.appcenter.ms.'
          : `The address should be ${expected}. Check the base URL in the Authorize panel.`,
        ...(token.targetKind === 'custom' ? [USE_SANDBOX] : []),
      ],
    }
  }
  return {
    tone: 'error',
    title: 'Not found',
    cause: `${outcome.url} answered 404. In App Center this usually means owner_name or app_name is wrong, or the app exists but you cannot see it.${said}`,
    nextSteps: [
      'GET /v0.1/apps lists the apps you can see, with owner.name and name: use those as owner_name and app_name.',
      'Names are case-sensitive and are the short names from the app address, not display names.',
    ],
  }
}

function explainLengthRequired(outcome: Response): Explanation {
  return {
    tone: 'error',
    title: 'Length Required: the call needs a request body',
    cause: `POST, PUT and PATCH calls must carry a JSON body, even when there is nothing to change, and this one had none.${quoteServer(outcome.json)}`,
    nextSteps: [
      'Send {} as the body. The explorer does this for you when you leave the body empty.',
      "With curl, add -H 'Content-Type: application/json' -d '{}'.",
    ],
  }
}

function explainRateLimited(
  outcome: Response,
  token: TokenContext,
): Explanation {
  const seconds = retrySeconds(outcome)
  return {
    tone: 'warning',
    title: 'Too many requests: rate limited',
    cause: `${serverName(token)} limits how many calls a token may make in a short time, and this token reached the limit. Nothing is wrong with the token itself.${quoteServer(outcome.json)}`,
    nextSteps: [
      seconds === undefined
        ? 'Wait a moment, then send the call again.'
        : `Wait ${plural(seconds, 'second')}, then send the call again.`,
      'In scripts, wait for Retry-After between calls instead of retrying at once.',
    ],
    ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
  }
}

function explainServerError(
  outcome: Response,
  token: TokenContext,
): Explanation {
  const { status } = outcome
  const seconds = retrySeconds(outcome)
  const detail =
    status === 503
      ? 'The service is unavailable: it may be down for maintenance or overloaded.'
      : status === 502 || status === 504
        ? 'A gateway or proxy in front of the API could not get an answer from it.'
        : 'The server failed while handling the call.'
  return {
    tone: 'error',
    title: `Server error: ${statusLine(outcome)}`,
    cause: `${status} is a problem on the server's side, not with your token or your call. ${detail}${quoteServer(outcome.json)}`,
    nextSteps: [
      seconds === undefined
        ? 'Retry later; such errors are often temporary.'
        : `Wait ${plural(seconds, 'second')}, then retry.`,
      token.targetKind === 'sandbox'
        ? 'If it keeps failing, look for an error in the terminal where the app runs.'
        : `If it keeps failing, check that ${token.targetBaseUrl} is up.`,
    ],
    ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
  }
}

const STATUS_HINTS: Record<number, string> = {
  400: 'Something in the request (a parameter or the body) is not valid.',
  405: 'This address does not accept this HTTP method.',
  409: 'The call conflicts with what already exists, such as a name that is taken.',
  413: 'The request body is too large.',
  415: 'The body must be sent as JSON (Content-Type: application/json).',
}

function explainOtherStatus(outcome: Response): Explanation {
  const hint =
    STATUS_HINTS[outcome.status] ??
    `The server answered with status ${outcome.status}.`
  const clientError = outcome.status >= 400 && outcome.status < 500
  return {
    tone: clientError ? 'error' : 'warning',
    title: clientError
      ? `The server refused the call: ${statusLine(outcome)}`
      : `Unexpected answer: ${statusLine(outcome)}`,
    cause: `${hint}${quoteServer(outcome.json)}`,
    nextSteps: [
      'Read the server message, fix the request, and send it again.',
      "Compare the request with the operation's description in the explorer.",
    ],
  }
}

// App Center answers failures with {"error":{"code","message"}}; a few older
// endpoints put code and message at the top level.
/** The server's own words, as a sentence to append, or '' when it sent none. */
function quoteServer(json: unknown): string {
  const error = appCenterError(json)
  if (!error) return ''
  const code = error.code ? ` (${error.code})` : ''
  const quoted = error.message ? truncate(error.message, 300) : ''
  const message = quoted ? `: "${quoted}"` : ''
  // A quote that ends its own sentence needs no full stop after it.
  return ` The server said${code}${message}${/[.!?]$/.test(quoted) ? '' : '.'}`
}

function profileName(json: unknown): string | undefined {
  if (!isRecord(json)) return undefined
  for (const key of ['display_name', 'name']) {
    const value = json[key]
    if (typeof value === 'string' && value.trim()) return value
  }
  return undefined
}

function retrySeconds(outcome: Response): number | undefined {
  const value = outcome.retryAfterSeconds
  if (value === null || !Number.isFinite(value) || value < 0) return undefined
  return Math.ceil(value)
}

function statusLine(outcome: Response): string {
  return outcome.statusText
    ? `${outcome.status} ${outcome.statusText}`
    : String(outcome.status)
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url.split(/[?#]/, 1)[0] ?? url
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = Math.round(ms / 100) / 10
  return plural(seconds, 'second')
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
