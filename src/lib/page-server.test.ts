import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { descriptionRoute, resetPageServer } from './page-server'

const PAGE = window.location.origin
const POLICY = `default-src 'self'; connect-src 'self' https://listed.example`
const ENDPOINT = '/_explorer/fetch-description'

function pageHead(headers: Record<string, string>) {
  return new Response(null, { headers })
}

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  resetPageServer()
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

function answer(routes: Record<string, () => Response | Promise<Response>>) {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input)
    if (init?.method === 'HEAD') return routes.HEAD!()
    for (const [prefix, respond] of Object.entries(routes))
      if (url.startsWith(prefix)) return respond()
    throw new TypeError('Failed to fetch')
  })
}

describe('descriptionRoute', () => {
  it('fetches its own origin directly, without asking the server anything', async () => {
    expect(await descriptionRoute(`${PAGE}/openapi.yaml`)).toEqual({
      kind: 'direct',
      fallback: null,
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("sends what the page's policy stops through the server, and lets listed origins go directly", async () => {
    answer({
      HEAD: () =>
        pageHead({
          'Content-Security-Policy': POLICY,
          'X-Explorer-Description-Fetch': ENDPOINT,
        }),
    })
    expect(await descriptionRoute('https://docs.example/a.json')).toEqual({
      kind: 'server',
      endpoint: `${PAGE}${ENDPOINT}?url=${encodeURIComponent('https://docs.example/a.json')}`,
    })
    expect(
      await descriptionRoute('https://listed.example/a.json'),
    ).toMatchObject({
      kind: 'direct',
      fallback: expect.stringContaining(ENDPOINT),
    })
    // Asked once.
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('on a static host (no endpoint), says up front that the policy stops it', async () => {
    answer({ HEAD: () => pageHead({ 'Content-Security-Policy': POLICY }) })
    expect(await descriptionRoute('https://docs.example/a.json')).toEqual({
      kind: 'blocked',
      origin: 'https://docs.example',
    })
  })

  it('ignores an endpoint on another origin', async () => {
    answer({
      HEAD: () =>
        pageHead({
          'Content-Security-Policy': POLICY,
          'X-Explorer-Description-Fetch': 'https://evil.example/fetch',
        }),
    })
    expect((await descriptionRoute('https://docs.example/a.json')).kind).toBe(
      'blocked',
    )
  })
})
