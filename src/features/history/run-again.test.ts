import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAuthStore } from '@/stores/auth-store'
import {
  startRecordingCalls,
  toHistoryEntry,
  useHistoryStore,
  type CallRecord,
} from '@/stores/history-store'
import { cannotRunAgain, runAgain } from './run-again'

const TOKEN = 'q'.repeat(40)
const authInitial = useAuthStore.getState()

function recorded(url: string, overrides: Partial<CallRecord> = {}) {
  return toHistoryEntry(
    {
      source: 'try-it-out',
      method: 'GET',
      url,
      startedAt: 0,
      durationMs: 1,
      status: 200,
      request: {
        headers: { 'X-API-Token': TOKEN, Accept: 'application/json' },
        body: null,
      },
      response: null,
      ...overrides,
    },
    { token: TOKEN, basic: null },
  )
}

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  useAuthStore.setState(authInitial, true)
  useHistoryStore.setState({ entries: [] })
  useAuthStore.getState().setTarget('custom', 'https://target.test/api')
  useAuthStore.getState().authorize(TOKEN)
  fetchMock.mockReset()
  fetchMock.mockResolvedValue(new Response('{}', { status: 200 }))
  vi.stubGlobal('fetch', fetchMock)
})

let stopRecording = () => {}
beforeEach(() => {
  stopRecording = startRecordingCalls()
})

afterEach(() => {
  stopRecording()
  vi.unstubAllGlobals()
})

function sent() {
  const [url, init] = fetchMock.mock.calls[0]!
  return {
    url: String(url),
    headers: init?.headers as Record<string, string>,
    init,
  }
}

describe('runAgain', () => {
  it("puts the session's current token back only for the authorized target's origin", async () => {
    await runAgain(recorded('https://target.test/api/v0.1/user'))
    expect(sent().headers['X-API-Token']).toBe(TOKEN)
    expect(sent().init?.credentials).toBe('omit')
  })

  it('sends a call to another origin without any credential', async () => {
    await runAgain(recorded(`https://elsewhere.test/v0.1/user?t=${TOKEN}&a=1`))
    expect(sent().headers).toEqual({ Accept: 'application/json' })
    expect(sent().url).toBe('https://elsewhere.test/v0.1/user?a=1')
  })

  it('sends no token once the user has logged out', async () => {
    useAuthStore.getState().logout()
    await runAgain(recorded('https://target.test/api/v0.1/user'))
    expect(sent().headers).toEqual({ Accept: 'application/json' })
  })

  it('records the new call, redacted, at the top of the history', async () => {
    await runAgain(recorded('https://target.test/api/v0.1/user'))
    await vi.waitFor(() =>
      expect(useHistoryStore.getState().entries).toHaveLength(1),
    )
    expect(JSON.stringify(useHistoryStore.getState())).not.toContain(TOKEN)
  })

  it('refuses a call whose body was cut', () => {
    const entry = recorded('https://target.test/api/v0.1/apps', {
      method: 'POST',
      request: { headers: {}, body: 'x'.repeat(1024 * 1024 + 1) },
    })
    expect(cannotRunAgain(entry)).toMatch(/cut at 1 MB/)
  })
})
