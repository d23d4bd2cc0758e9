import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { descriptionRoute, resetPageServer } from './description-route'
import { fetchDescriptionBytes } from './fetch-description-bytes'

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

describe('fetchDescriptionBytes', () => {
  it('goes through the server when the page cannot fetch the description itself', async () => {
    answer({
      HEAD: () =>
        pageHead({
          'Content-Security-Policy': POLICY,
          'X-Explorer-Description-Fetch': ENDPOINT,
        }),
      [`${PAGE}${ENDPOINT}`]: () => new Response('openapi: 3.0.3'),
    })
    const bytes = await fetchDescriptionBytes('https://docs.example/a.yaml')
    expect(new TextDecoder().decode(bytes)).toBe('openapi: 3.0.3')
    const sent = fetchMock.mock.calls.map(([input]) => String(input))
    expect(sent[0]).toBe('https://docs.example/a.yaml')
    expect(sent.at(-1)).toContain(`${ENDPOINT}?url=`)
    // Nothing of the page's goes with it.
    expect(fetchMock.mock.calls.at(-1)?.[1]).toMatchObject({
      credentials: 'omit',
    })
  })

  it("names the server's reason when it could not fetch it", async () => {
    answer({
      HEAD: () =>
        pageHead({
          'Content-Security-Policy': POLICY,
          'X-Explorer-Description-Fetch': ENDPOINT,
        }),
      [`${PAGE}${ENDPOINT}`]: () =>
        Response.json(
          {
            error: {
              code: 'refused',
              message: 'docs.example is on a private address',
            },
          },
          { status: 403 },
        ),
    })
    await expect(
      fetchDescriptionBytes('https://docs.example/a.yaml'),
    ).rejects.toThrow('docs.example is on a private address')
  })
})
