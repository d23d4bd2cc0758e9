import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveParseRequests } from '../parse-worker-server'
import type { WorkerRequest } from '../parse-worker-client'
import { initialDescriptionState } from '../startup-source'
import { startStartupLoad, takeStartupLoad } from './startup-load'

const json = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Tiny', version: '1' },
  paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
})

/** A parse worker answering in this thread, as the real one does in its own. */
function workerInThisThread(): Worker {
  const answer = serveParseRequests((data) => worker.onmessage?.({ data }))
  const worker = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage(request: WorkerRequest) {
      void answer(request)
    },
  }
  return worker as unknown as Worker
}

describe('the start-up load', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('starts at once for a same-origin ?url= and is taken once, by the same URL only', async () => {
    const fetchMock = vi.fn(async () => new Response(json))
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad(
      initialDescriptionState('http://localhost/?url=/specs/tiny.json'),
      workerInThisThread,
    )
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(takeStartupLoad('http://localhost/specs/other.json')).toBeNull()
    const loaded = await takeStartupLoad('http://localhost/specs/tiny.json')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(loaded?.title).toBe('Tiny')
    expect(loaded?.index.operations).toHaveLength(1)
    expect((await loaded?.parts)?.operations).toHaveLength(1)
    expect(takeStartupLoad('http://localhost/specs/tiny.json')).toBeNull()
  })

  it('fetches nothing from another site, whose ?url= waits for consent: the bundled description loads meanwhile', async () => {
    const fetchMock = vi.fn(async () => new Response(json))
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad(
      initialDescriptionState(
        'http://localhost/?url=https://elsewhere.example/spec.json',
      ),
      workerInThisThread,
    )
    expect(takeStartupLoad('https://elsewhere.example/spec.json')).toBeNull()
    const requested = fetchMock.mock.calls.map(
      (call) => new URL(String((call as unknown[])[0]), 'http://localhost/'),
    )
    const bundled = new URL('/openapi.yaml', window.location.href).href
    expect(requested.map((url) => url.href)).toEqual([bundled])
    await takeStartupLoad(bundled)
  })

  it('loads the bundled description when there is no ?url=', async () => {
    const fetchMock = vi.fn(async () => new Response(json))
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad(
      initialDescriptionState('http://localhost/'),
      workerInThisThread,
    )
    const loaded = await takeStartupLoad(
      new URL('/openapi.yaml', window.location.href).href,
    )
    const [requested] = fetchMock.mock.calls[0] as unknown as [string]
    expect(new URL(requested, 'http://localhost/').pathname).toBe(
      '/openapi.yaml',
    )
    expect(loaded?.title).toBe('Tiny')
  })

  it('hands a failed download to whoever takes it, with its explanation', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    )
    startStartupLoad(
      initialDescriptionState('http://localhost/?url=/specs/tiny.json'),
      workerInThisThread,
    )
    await expect(
      takeStartupLoad('http://localhost/specs/tiny.json'),
    ).rejects.toThrow('answered 404')
  })
})
