import { beforeEach, describe, expect, it } from 'vitest'
import { callApi } from '@/lib/api-client'
import { useAuthStore } from './auth-store'
import {
  HISTORY_STORAGE_KEY,
  MAX_HISTORY_BODY_CHARS,
  MAX_HISTORY_ENTRIES,
  recordCall,
  startRecordingCalls,
  useHistoryStore,
  type CallRecord,
} from './history-store'

const TOKEN = 'a1b2c3d4'.repeat(5)
const authInitial = useAuthStore.getState()
const historyInitial = useHistoryStore.getState()

function call(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    source: 'try-it-out',
    method: 'get',
    url: `https://api.example.test/v0.1/user?token=${TOKEN}`,
    startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    durationMs: 42,
    status: 200,
    statusText: 'OK',
    request: {
      headers: { 'X-API-Token': TOKEN, Accept: 'application/json' },
      body: `{"note":"${TOKEN}"}`,
    },
    response: {
      headers: { 'content-type': 'application/json', 'x-echo': TOKEN },
      body: `{"echo":"${TOKEN}","api_token":"a-new-token-shown-once"}`,
    },
    ...overrides,
  }
}

/** The history as the page holds it and as the tab keeps it (the auth store keeps the token itself). */
function everything(): string {
  return (
    JSON.stringify(useHistoryStore.getState()) +
    (sessionStorage.getItem(HISTORY_STORAGE_KEY) ?? '') +
    JSON.stringify({ ...localStorage })
  )
}

beforeEach(() => {
  useAuthStore.setState(authInitial, true)
  useHistoryStore.setState(historyInitial, true)
  sessionStorage.clear()
  localStorage.clear()
  useAuthStore.getState().authorize(TOKEN)
})

describe('useHistoryStore', () => {
  it('keeps the call with the token redacted everywhere: headers, URL, bodies', () => {
    recordCall(call())
    const entry = useHistoryStore.getState().entries[0]!
    expect(entry.method).toBe('GET')
    expect(entry.status).toBe(200)
    expect(entry.request.headers['X-API-Token']).toBe('$APPCENTER_API_TOKEN')
    expect(entry.url).toContain('token=$APPCENTER_API_TOKEN')
    expect(entry.request.body?.text).toContain('$APPCENTER_API_TOKEN')
    expect(entry.response?.headers['x-echo']).toBe('$APPCENTER_API_TOKEN')
    expect(entry.response?.body?.text).not.toContain('a-new-token-shown-once')
    expect(everything()).not.toContain(TOKEN)
    expect(sessionStorage.getItem(HISTORY_STORAGE_KEY)).toContain('/v0.1/user')
  })

  it('redacts Basic credentials, in the header and wherever else they appear', () => {
    useAuthStore.getState().setBasic({ username: 'me', password: 'hunter22' })
    recordCall(
      call({
        request: {
          headers: { Authorization: `Basic ${btoa('me:hunter22')}` },
          body: 'password=hunter22',
        },
      }),
    )
    const entry = useHistoryStore.getState().entries[0]!
    expect(entry.request.headers.Authorization).toBe(
      'Basic $APPCENTER_BASIC_CREDENTIALS',
    )
    expect(everything()).not.toContain('hunter22')
    expect(everything()).not.toContain(btoa('me:hunter22'))
  })

  it('keeps the newest 100 calls, newest first', () => {
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 5; i++)
      recordCall(call({ url: `https://api.example.test/${i}` }))
    const { entries } = useHistoryStore.getState()
    expect(entries).toHaveLength(MAX_HISTORY_ENTRIES)
    expect(entries[0]!.url).toBe(
      `https://api.example.test/${MAX_HISTORY_ENTRIES + 4}`,
    )
    expect(entries.at(-1)?.url).toBe('https://api.example.test/5')
  })

  it('cuts bodies at 1 MB and says how long they were', () => {
    const body = 'x'.repeat(MAX_HISTORY_BODY_CHARS + 10)
    recordCall(call({ response: { headers: {}, body } }))
    const recorded = useHistoryStore.getState().entries[0]!.response?.body
    expect(recorded?.cut).toBe(true)
    expect(recorded?.text).toHaveLength(MAX_HISTORY_BODY_CHARS)
    expect(recorded?.length).toBe(MAX_HISTORY_BODY_CHARS + 10)
  })

  it('Clear empties it, in memory and in storage', () => {
    recordCall(call())
    useHistoryStore.getState().clear()
    expect(useHistoryStore.getState().entries).toEqual([])
    expect(sessionStorage.getItem(HISTORY_STORAGE_KEY)).not.toContain(
      '/v0.1/user',
    )
  })

  it('stays out of storage in memory-only mode, and goes back when the session is chosen again', () => {
    recordCall(call())
    useAuthStore.getState().setPersistence('memory')
    expect(sessionStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
    recordCall(call())
    expect(sessionStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
    expect(useHistoryStore.getState().entries).toHaveLength(2)
    useAuthStore.getState().setPersistence('session')
    expect(sessionStorage.getItem(HISTORY_STORAGE_KEY)).toContain('/v0.1/user')
  })

  it('keeps the oldest bodies in memory only when storage is full, instead of keeping nothing', () => {
    const setItem = Storage.prototype.setItem
    const limit = 200_000
    Storage.prototype.setItem = function (key: string, value: string) {
      if (value.length > limit)
        throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
    try {
      for (let i = 0; i < 4; i++)
        recordCall(
          call({
            url: `https://api.example.test/${i}`,
            response: { headers: {}, body: 'y'.repeat(80_000) },
          }),
        )
    } finally {
      Storage.prototype.setItem = setItem
    }
    const saved = JSON.parse(
      sessionStorage.getItem(HISTORY_STORAGE_KEY) ?? '{}',
    )
    const entries = saved.state.entries as {
      url: string
      bodiesNotKept?: boolean
    }[]
    expect(entries.map((entry) => entry.url)).toEqual(
      [3, 2, 1, 0].map((i) => `https://api.example.test/${i}`),
    )
    expect(entries[0]!.bodiesNotKept).toBeUndefined()
    expect(entries.at(-1)?.bodiesNotKept).toBe(true)
    expect(localStorage.length).toBe(0)
  })
})

describe('startRecordingCalls', () => {
  beforeEach(() => {
    useAuthStore.setState(authInitial, true)
    useHistoryStore.setState(historyInitial, true)
  })

  it('keeps the first-call and try-it-out calls the HTTP client completes, and no others', async () => {
    const served = () =>
      Promise.resolve(
        new Response('{"name":"demo"}', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      )
    const realFetch = globalThis.fetch
    globalThis.fetch = served
    const stop = startRecordingCalls()
    try {
      const session = { baseUrl: 'https://api.example.test', token: TOKEN }
      const url = 'https://api.example.test/v0.1/user'
      await callApi({ url, session, source: 'first-call' })
      await callApi({ url, session })
    } finally {
      stop()
      globalThis.fetch = realFetch
    }
    const entries = useHistoryStore.getState().entries
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      source: 'first-call',
      method: 'GET',
      status: 200,
      request: { headers: { 'X-API-Token': '$APPCENTER_API_TOKEN' } },
    })
    expect(everything()).not.toContain(TOKEN)
  })
})
