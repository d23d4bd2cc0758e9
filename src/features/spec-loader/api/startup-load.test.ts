import { afterEach, describe, expect, it, vi } from 'vitest'
import { startStartupLoad, takeStartupLoad } from './startup-load'

const json = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Tiny', version: '1' },
  paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
})

describe('the start-up load', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('starts at once for a same-origin ?url= and is taken once, by the same URL only', async () => {
    const fetchMock = vi.fn(async () => new Response(json))
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad('http://localhost/?url=/specs/tiny.json')
    expect(takeStartupLoad('http://localhost/specs/other.json')).toBeNull()
    const loaded = await takeStartupLoad('http://localhost/specs/tiny.json')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(loaded?.title).toBe('Tiny')
    expect(loaded?.digest.operations).toHaveLength(1)
    expect(takeStartupLoad('http://localhost/specs/tiny.json')).toBeNull()
  })

  it('fetches nothing for a ?url= on another site, which waits for consent', () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad(
      'http://localhost/?url=https://elsewhere.example/spec.json',
    )
    expect(fetchMock).not.toHaveBeenCalled()
    expect(takeStartupLoad('https://elsewhere.example/spec.json')).toBeNull()
  })

  it('loads the bundled description when there is no ?url=', async () => {
    const fetchMock = vi.fn(async () => new Response(json))
    vi.stubGlobal('fetch', fetchMock)
    startStartupLoad('http://localhost/')
    const loaded = await takeStartupLoad(
      new URL('/openapi.yaml', window.location.href).href,
    )
    const [requested] = fetchMock.mock.calls[0] as unknown as [string]
    expect(new URL(requested, 'http://localhost/').pathname).toBe(
      '/openapi.yaml',
    )
    expect(loaded?.title).toBe('Tiny')
  })
})
