import { describe, it, expect } from 'vitest'
import type { CallOutcome, TokenContext } from './call-outcome'
import { explainOutcome, type Explanation } from './explain-failure'

const SANDBOX = 'http://localhost:5173/sandbox'
const USER_URL = `${SANDBOX}/v0.1/user`

const sandbox: TokenContext = {
  hasToken: true,
  kind: 'user',
  access: 'full',
  targetKind: 'sandbox',
  targetBaseUrl: SANDBOX,
}
const production: TokenContext = {
  ...sandbox,
  targetKind: 'production',
  targetBaseUrl: 'https://api.appcenter.ms',
}
const custom: TokenContext = {
  ...sandbox,
  targetKind: 'custom',
  targetBaseUrl: 'https://proxy.example.com',
}
const noToken: TokenContext = { ...sandbox, hasToken: false }
const appToken: TokenContext = { ...sandbox, kind: 'app' }
const readOnly: TokenContext = { ...sandbox, access: 'read_only' }

function response(
  status: number,
  json: unknown,
  extra: Partial<Extract<CallOutcome, { kind: 'response' }>> = {},
): CallOutcome {
  const bodyText = json === undefined ? '' : JSON.stringify(json)
  return {
    kind: 'response',
    url: USER_URL,
    status,
    statusText: '',
    contentType: json === undefined ? null : 'application/json',
    retryAfterSeconds: null,
    bodyText,
    json,
    durationMs: 12,
    ...extra,
  }
}

function appCenterError(code: string, message: string) {
  return { error: { code, message } }
}

const profile = {
  id: 'u1',
  display_name: 'Demo User',
  name: 'demo-user',
  email: 'demo@example.com',
}

interface Expected {
  tone: Explanation['tone']
  title: RegExp
  cause?: RegExp
  /** Each must match at least one next step. */
  steps?: RegExp[]
  retryAfterSeconds?: number
}

const cases: [string, CallOutcome, TokenContext, Expected][] = [
  [
    'a network failure on the sandbox',
    { kind: 'network', url: USER_URL },
    sandbox,
    {
      tone: 'error',
      title: /sandbox did not answer/,
      cause:
        /could not get an answer from http:\/\/localhost:5173\/sandbox.*CORS/,
      steps: [/npm start or npm run dev/],
    },
  ],
  [
    'a network failure on production',
    { kind: 'network', url: 'https://api.appcenter.ms/v0.1/user' },
    production,
    {
      tone: 'error',
      title: /App Center production did not answer/,
      cause:
        /never allowed browser calls from other sites.*retired in March 2025/,
      steps: [
        /Sandbox.*Authorize panel/,
        /curl snippet/,
        /proxy that adds CORS headers.*custom base URL/,
      ],
    },
  ],
  [
    'a network failure on a custom base URL',
    { kind: 'network', url: 'https://proxy.example.com/v0.1/user' },
    custom,
    {
      tone: 'error',
      title: /https:\/\/proxy\.example\.com did not answer/,
      cause:
        /could not get an answer from https:\/\/proxy\.example\.com.*CORS headers/,
      steps: [/right base URL.*server is up/, /curl snippet/, /Sandbox/],
    },
  ],
  [
    "a custom base URL this page's security policy does not list",
    {
      kind: 'blocked',
      url: 'https://proxy.example.com/v0.1/user',
      origin: 'https://proxy.example.com',
    },
    custom,
    {
      tone: 'error',
      title: /This page may not call https:\/\/proxy\.example\.com/,
      cause:
        /security policy does not allow requests to https:\/\/proxy\.example\.com.*stopped the request before sending it.*server at https:\/\/proxy\.example\.com was not asked/,
      steps: [
        /add https:\/\/proxy\.example\.com to EXPLORER_CONNECT_SRC/,
        /curl snippet/,
        /Sandbox/,
      ],
    },
  ],
  [
    'a timeout',
    { kind: 'timeout', url: USER_URL, timeoutMs: 15000 },
    sandbox,
    {
      tone: 'error',
      title: /No answer after 15 seconds/,
      cause:
        /waited 15 seconds for http:\/\/localhost:5173\/sandbox\/v0\.1\/user/,
      steps: [/npm start or npm run dev/, /Send the call again/],
    },
  ],
  [
    'a redirect, not followed',
    { kind: 'redirect', url: USER_URL },
    sandbox,
    {
      tone: 'error',
      title: /answered with a redirect/,
      cause: /was not followed, so your token stayed with the target/,
      steps: [/should be the API itself/, /curl/],
    },
  ],
  [
    'a short timeout on production',
    {
      kind: 'timeout',
      url: 'https://api.appcenter.ms/v0.1/user',
      timeoutMs: 2500,
    },
    production,
    {
      tone: 'error',
      title: /No answer after 2\.5 seconds/,
      cause: /App Center is slow/,
      steps: [/Send the call again/, /api\.appcenter\.ms is up/],
    },
  ],
  [
    '401 without a token',
    response(401, appCenterError('Unauthorized', 'No API token was sent.')),
    noToken,
    {
      tone: 'error',
      title: /no API token was sent/,
      cause: /No X-API-Token header was sent/,
      steps: [/Authorize first.*demo tokens/],
    },
  ],
  [
    '401 without a token on production',
    response(401, undefined),
    { ...production, hasToken: false },
    {
      tone: 'error',
      title: /no API token was sent/,
      cause:
        /^No X-API-Token header was sent, so App Center cannot tell who you are\.$/,
      steps: [/Authorize first.*paste your API token/],
    },
  ],
  [
    '401 with a wrong token, quoting the server',
    response(
      401,
      appCenterError(
        'Unauthorized',
        'The X-API-Token header does not match any API token.',
      ),
    ),
    sandbox,
    {
      tone: 'error',
      title: /the API token was not accepted/,
      cause:
        /mistyped.*revoked.*The server said \(Unauthorized\): "The X-API-Token header does not match any API token\."$/,
      steps: [
        /Copy the whole token.*only once/,
        /create a new API token/,
        /demo token/,
      ],
    },
  ],
  [
    // The sandbox's own words already ask for the whole token: said once, and no "..".
    '401 with a wrong token, whose server says how to copy it',
    response(
      401,
      appCenterError(
        'Unauthorized',
        'The X-API-Token header does not match any API token. Check that you copied the whole token (40 hex characters).',
      ),
    ),
    sandbox,
    {
      tone: 'error',
      title: /the API token was not accepted/,
      cause: /\(40 hex characters\)\."$/,
      steps: [/create a new API token/, /demo token/],
    },
  ],
  [
    '401 with a revoked token',
    response(
      401,
      appCenterError(
        'Unauthorized',
        'This API token was deleted (revoked) and no longer works.',
      ),
    ),
    production,
    {
      tone: 'error',
      title: /the API token was revoked/,
      cause: /revoked tokens stop working at once/,
      steps: [
        /create a new API token/,
        /sandbox token does not work in production/,
      ],
    },
  ],
  [
    '401 when a proxy dropped the token',
    response(401, appCenterError('Unauthorized', 'No API token was sent.')),
    custom,
    {
      tone: 'error',
      title: /the token did not reach the server/,
      cause: /proxy .* may drop the X-API-Token header/,
      steps: [/passes the X-API-Token header through/],
    },
  ],
  [
    '403 for an app token on GET /v0.1/user',
    response(
      403,
      appCenterError(
        'Forbidden',
        'This is an app API token, limited to the app demo-user/hello-android.',
      ),
    ),
    { ...sandbox, kind: 'unknown' },
    {
      tone: 'error',
      title: /an app token cannot make this call/,
      cause:
        /only on their own app\. GET \/v0\.1\/user .* needs a user API token.*limited to the app demo-user\/hello-android/,
      steps: [/Create a user API token/],
    },
  ],
  [
    '403 for an app token known only from the token context',
    response(403, undefined, { url: `${SANDBOX}/v0.1/apps/other/app` }),
    appToken,
    {
      tone: 'error',
      title: /an app token/,
      cause: /another app or about your account/,
      steps: [/\/v0\.1\/apps\/\{owner_name\}\/\{app_name\} of its own app/],
    },
  ],
  [
    '403 for a read-only token',
    response(403, undefined),
    readOnly,
    {
      tone: 'error',
      title: /the API token is read-only/,
      cause: /Read-only tokens can only read/,
      steps: [/Full Access/],
    },
  ],
  [
    '403 whose message says read-only',
    response(
      403,
      appCenterError(
        'Forbidden',
        'This API token is read-only (scope "viewer").',
      ),
    ),
    { ...sandbox, access: 'unknown' },
    { tone: 'error', title: /read-only/, cause: /scope "viewer"/ },
  ],
  [
    '403 for a role',
    response(
      403,
      appCenterError('Forbidden', 'Your role on contoso/shop is viewer.'),
      { url: `${SANDBOX}/v0.1/apps/contoso/shop` },
    ),
    sandbox,
    {
      tone: 'error',
      title: /your role does not allow this/,
      cause:
        /role on this app or organization.*Your role on contoso\/shop is viewer/,
      steps: [/Ask a manager/],
    },
  ],
  [
    '404 on GET /v0.1/user: a wrong base URL',
    response(404, undefined, {
      url: 'http://localhost:5173/v0.1/user',
      contentType: 'text/html',
      bodyText: '<!doctype html>',
    }),
    sandbox,
    {
      tone: 'error',
      title: /base URL looks wrong/,
      cause:
        /went to http:\/\/localhost:5173\/v0\.1\/user .*\/sandbox is missing/,
      steps: [/should be http:\/\/localhost:5173\/sandbox\/v0\.1\/user/],
    },
  ],
  [
    '404 on GET /v0.1/user with an App Center error body',
    response(
      404,
      appCenterError('NotFound', 'No operation matches GET /v0.1/v0.1/user.'),
      { url: 'https://proxy.example.com/v0.1/v0.1/user' },
    ),
    custom,
    {
      tone: 'error',
      title: /base URL looks wrong/,
      cause: /extra path.*The server said \(NotFound\): "No operation matches/,
      steps: [/should be https:\/\/proxy\.example\.com\/v0\.1\/user/],
    },
  ],
  [
    '404 on an app',
    response(404, appCenterError('NotFound', 'There is no app "shop".'), {
      url: `${SANDBOX}/v0.1/apps/contoso/shop`,
    }),
    sandbox,
    {
      tone: 'error',
      title: /^Not found$/,
      cause: /owner_name or app_name is wrong.*There is no app "shop"/,
      steps: [/GET \/v0\.1\/apps lists/],
    },
  ],
  [
    '411',
    response(
      411,
      appCenterError(
        'LengthRequired',
        'This operation needs a JSON request body.',
      ),
    ),
    sandbox,
    {
      tone: 'error',
      title: /Length Required/,
      cause: /POST, PUT and PATCH .* JSON body/,
      steps: [/Send \{\} as the body\. The explorer does this for you/],
    },
  ],
  [
    '429 with Retry-After',
    response(429, appCenterError('TooManyRequests', 'Slow down.'), {
      retryAfterSeconds: 30,
    }),
    sandbox,
    {
      tone: 'warning',
      title: /rate limited/,
      cause: /limits how many calls/,
      steps: [/^Wait 30 seconds, then send the call again\.$/],
      retryAfterSeconds: 30,
    },
  ],
  [
    '429 with a fractional Retry-After',
    response(429, undefined, { retryAfterSeconds: 0.4 }),
    sandbox,
    {
      tone: 'warning',
      title: /rate limited/,
      steps: [/^Wait 1 second, then/],
      retryAfterSeconds: 1,
    },
  ],
  [
    '429 without Retry-After',
    response(429, undefined),
    production,
    {
      tone: 'warning',
      title: /rate limited/,
      steps: [/^Wait a moment, then send the call again\.$/],
    },
  ],
  [
    '500',
    response(500, appCenterError('InternalServerError', 'Boom.'), {
      statusText: 'Internal Server Error',
    }),
    sandbox,
    {
      tone: 'error',
      title: /Server error: 500 Internal Server Error/,
      cause: /500 is a problem on the server's side, not with your token.*Boom/,
      steps: [/Retry later/, /terminal where the app runs/],
    },
  ],
  [
    '502 from a gateway',
    response(502, undefined, { statusText: 'Bad Gateway' }),
    custom,
    {
      tone: 'error',
      title: /502 Bad Gateway/,
      cause: /gateway or proxy/,
      steps: [/proxy\.example\.com is up/],
    },
  ],
  [
    '503 during maintenance',
    response(503, undefined, { retryAfterSeconds: 120 }),
    production,
    {
      tone: 'error',
      title: /Server error: 503/,
      cause: /maintenance/,
      steps: [/Wait 120 seconds, then retry/],
      retryAfterSeconds: 120,
    },
  ],
  [
    '504',
    response(504, undefined),
    production,
    { tone: 'error', title: /Server error: 504/, cause: /not with your token/ },
  ],
  [
    'a 200 web page instead of JSON',
    response(200, undefined, {
      contentType: 'text/html; charset=utf-8',
      bodyText: '<!doctype html><html></html>',
    }),
    custom,
    {
      tone: 'warning',
      title: /not a user profile/,
      cause:
        /not JSON \(text\/html; charset=utf-8\); it looks like a web page.*web page or a proxy, not at the App Center API/,
      steps: [/base URL in the Authorize panel/],
    },
  ],
  [
    'a 200 with malformed JSON',
    response(200, undefined, {
      contentType: 'application/json',
      bodyText: '{"name":',
    }),
    sandbox,
    {
      tone: 'warning',
      title: /not a user profile/,
      cause: /said the answer is JSON, but it cannot be read/,
    },
  ],
  [
    'a 200 with JSON that is not a profile',
    response(200, { value: [] }),
    custom,
    {
      tone: 'warning',
      title: /\(200\) is not a user profile/,
      cause: /without the name and display_name.*web page or a proxy/,
    },
  ],
  [
    'a 200 with an empty body',
    response(200, undefined, { contentType: 'text/plain' }),
    custom,
    { tone: 'warning', title: /not a user profile/, cause: /empty body/ },
  ],
  [
    '400, quoting the App Center error',
    response(400, appCenterError('BadRequest', 'display_name is too long.'), {
      statusText: 'Bad Request',
    }),
    sandbox,
    {
      tone: 'error',
      title: /refused the call: 400 Bad Request/,
      cause:
        /not valid\. The server said \(BadRequest\): "display_name is too long\."/,
      steps: [/fix the request/],
    },
  ],
  [
    '405',
    response(405, undefined),
    custom,
    { tone: 'error', title: /refused the call: 405/, cause: /HTTP method/ },
  ],
  [
    '409, quoting an error at the top level',
    response(409, { code: 'Conflict', message: 'The name is taken.' }),
    sandbox,
    {
      tone: 'error',
      title: /409/,
      cause: /conflicts.*The server said \(Conflict\): "The name is taken\."/,
    },
  ],
  [
    'success',
    response(200, profile),
    sandbox,
    {
      tone: 'success',
      title: /^It works: you are authorized as Demo User$/,
      cause: /sandbox accepted your API token/,
      steps: [/Find owner_name and app_name/],
    },
  ],
  [
    'success with only a name',
    response(200, { name: 'demo-user', display_name: '' }),
    production,
    { tone: 'success', title: /authorized as demo-user$/ },
  ],
]

describe('explainOutcome', () => {
  it.each(cases)('explains %s', (_label, outcome, token, expected) => {
    const explanation = explainOutcome(outcome, token)
    expect(explanation.tone).toBe(expected.tone)
    expect(explanation.title).toMatch(expected.title)
    if (expected.cause) expect(explanation.cause).toMatch(expected.cause)
    for (const step of expected.steps ?? []) {
      expect(explanation.nextSteps).toContainEqual(expect.stringMatching(step))
    }
    expect(explanation.retryAfterSeconds).toBe(expected.retryAfterSeconds)
    expect(explanation.nextSteps.length).toBeGreaterThan(0)
  })
})
