import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetPageServer } from '@/lib/page-server'
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
