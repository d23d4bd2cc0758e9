import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  appCenterError,
  bindCredentials,
  callApi,
  CallFailedError,
  onCallCompleted,
  REDACTED,
  sendRequest,
  withBodyForWrites,
  type CompletedCall,
} from './api-client'
import { watchConnectPolicy } from './connect-policy'

const TOKEN = 'a'.repeat(40)
const session = { baseUrl: 'https://api.example.com/base', token: TOKEN }

function respondWith(response: Response | (() => Promise<Response>)) {
  const fetchMock = vi.fn(
    (_url: string, _init: RequestInit): Promise<Response> =>
      typeof response === 'function'
        ? response()
        : Promise.resolve(response.clone()),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function sentInit(fetchMock: ReturnType<typeof respondWith>): RequestInit {
  return fetchMock.mock.calls[0]![1]
}

beforeAll(() => watchConnectPolicy())

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('bindCredentials', () => {
  it("sets the session's token on the target's origin", () => {
    const { headers, bound } = bindCredentials(
      'https://api.example.com/other/path',
      { 'x-api-token': 'stale', Accept: 'application/json' },
      session,
    )
    expect(bound).toBe(true)
    expect(headers).toEqual({
      Accept: 'application/json',
      'X-API-Token': TOKEN,
    })
  })

  it('drops every credential on another origin', () => {
    const { headers, bound } = bindCredentials(
      'https://api.example.com.evil.example/x',
      { 'X-API-Token': TOKEN, Authorization: 'Basic x', Accept: 'a/b' },
      session,
    )
    expect(bound).toBe(false)
    expect(headers).toEqual({ Accept: 'a/b' })
  })

  it('sends no credential without a session', () => {
    expect(
      bindCredentials('https://api.example.com/x', { 'X-API-Token': TOKEN })
        .headers,
    ).toEqual({})
  })
})

describe('withBodyForWrites', () => {
  it.each(['POST', 'put', 'PATCH'])('gives a %s without a body {}', (m) => {
    const result = withBodyForWrites(m, undefined, {})
    expect(result).toEqual({
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
      added: true,
    })
  })

  it('leaves GET and given bodies alone', () => {
    expect(withBodyForWrites('GET', undefined).added).toBe(false)
    expect(withBodyForWrites('POST', '{"a":1}').body).toBe('{"a":1}')
  })
})

describe('appCenterError', () => {
  it("reads App Center's envelope and a bare code and message", () => {
    expect(
      appCenterError({ error: { code: 'NotFound', message: 'No such app' } }),
    ).toEqual({ code: 'NotFound', message: 'No such app' })
    expect(appCenterError({ message: 'Nope' })).toEqual({
      code: undefined,
      message: 'Nope',
    })
  })

  it('is null for bodies that say nothing', () => {
    expect(appCenterError([])).toBeNull()
    expect(appCenterError('text')).toBeNull()
    expect(appCenterError({ error: {} })).toBeNull()
  })
})

describe('callApi', () => {
  it('sends the token to the target, without cookies, referrer or redirects', async () => {
    const fetchMock = respondWith(
      new Response('{"name":"ada"}', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    )
    const outcome = await callApi({
      url: 'https://api.example.com/base/v0.1/user',
      session,
    })
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 200,
      json: { name: 'ada' },
    })
    const init = sentInit(fetchMock)
    expect(init.headers).toEqual({
      Accept: 'application/json',
      'X-API-Token': TOKEN,
    })
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    })
  })

  it('gives a POST without a body {}', async () => {
    const fetchMock = respondWith(new Response('{}', { status: 201 }))
    await callApi({ url: 'https://api.example.com/base/x', method: 'post' })
    expect(sentInit(fetchMock)).toMatchObject({ method: 'POST', body: '{}' })
  })

  it('keeps a body that is not JSON as text', async () => {
    respondWith(new Response('<html>', { status: 502 }))
    const outcome = await callApi({ url: 'https://api.example.com/x' })
    expect(outcome).toMatchObject({ text: '<html>', json: undefined })
  })

  it('refuses a redirect', async () => {
    const redirect = Object.defineProperty(
      new Response(null, { status: 200 }),
      'type',
      { value: 'opaqueredirect' },
    )
    respondWith(() => Promise.resolve(redirect))
    const outcome = await callApi({ url: 'https://api.example.com/x' })
    expect(outcome.kind).toBe('redirect')
  })

  it('times out on its own clock', async () => {
    vi.useFakeTimers()
    respondWith(
      () =>
        new Promise<Response>((_, reject) => {
          const signal = (fetch as ReturnType<typeof vi.fn>).mock.calls[0]![1]
            .signal as AbortSignal
          signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          )
        }),
    )
    const answer = callApi({ url: 'https://api.example.com/x', timeoutMs: 50 })
    await vi.advanceTimersByTimeAsync(50)
    await expect(answer).resolves.toEqual({ kind: 'timeout', timeoutMs: 50 })
  })

  it("names a stop by the page's policy apart from a network failure", async () => {
    respondWith(() => {
      document.dispatchEvent(
        Object.assign(new Event('securitypolicyviolation'), {
          blockedURI: 'https://stopped.example/x',
          effectiveDirective: 'connect-src',
        }),
      )
      return Promise.reject(new TypeError('Failed to fetch'))
    })
    await expect(
      callApi({ url: 'https://stopped.example/x' }),
    ).resolves.toEqual({ kind: 'blocked', origin: 'https://stopped.example' })
    respondWith(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(callApi({ url: 'https://down.example/x' })).resolves.toEqual({
      kind: 'network',
    })
  })

  it("passes the caller's abort on as a rejection", async () => {
    const controller = new AbortController()
    respondWith(() => {
      controller.abort()
      return Promise.reject(new DOMException('aborted', 'AbortError'))
    })
    await expect(
      callApi({ url: 'https://api.example.com/x', signal: controller.signal }),
    ).rejects.toThrow('aborted')
  })
})

describe('sendRequest', () => {
  it('hands back the Response untouched and rejects a failure with its kind', async () => {
    respondWith(new Response('body', { status: 404 }))
    const response = await sendRequest({ url: 'https://api.example.com/x' })
    expect(response.status).toBe(404)
    await expect(response.text()).resolves.toBe('body')

    const cause = new TypeError('Failed to fetch')
    respondWith(() => Promise.reject(cause))
    const error = await sendRequest({ url: 'https://down.example/x' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(CallFailedError)
    expect((error as CallFailedError).failure).toEqual({ kind: 'network' })
    expect((error as CallFailedError).cause).toBe(cause)
  })
})

describe('onCallCompleted', () => {
  it('reports each call with the token redacted, until unsubscribed', async () => {
    const calls: CompletedCall[] = []
    const stop = onCallCompleted((call) => calls.push(call))
    respondWith(
      new Response('{"ok":true}', {
        status: 200,
        headers: { 'x-trace': '1' },
      }),
    )
    await callApi({
      url: 'https://api.example.com/base/v0.1/apps',
      method: 'POST',
      session,
    })
    await sendRequest({
      url: 'https://api.example.com/base/v0.1/user',
      session,
    })
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    stop()
    await callApi({ url: 'https://api.example.com/base/v0.1/user', session })

    expect(calls).toHaveLength(2)
    const [first, second] = calls
    expect(first).toMatchObject({
      method: 'POST',
      url: 'https://api.example.com/base/v0.1/apps',
      requestBody: '{}',
      result: {
        kind: 'response',
        status: 200,
        headers: { 'x-trace': '1' },
        body: '{"ok":true}',
      },
    })
    expect(first!.requestHeaders['X-API-Token']).toBe(REDACTED)
    expect(JSON.stringify(calls)).not.toContain(TOKEN)
    expect(first!.startedAt).toBeGreaterThan(0)
    expect(second).toMatchObject({
      method: 'GET',
      result: { body: '{"ok":true}' },
    })
  })

  it('reports a failure', async () => {
    const calls: CompletedCall[] = []
    const stop = onCallCompleted((call) => calls.push(call))
    respondWith(() => Promise.reject(new TypeError('Failed to fetch')))
    await callApi({ url: 'https://down.example/x' })
    stop()
    expect(calls.map((call) => call.result)).toEqual([{ kind: 'network' }])
  })
})
