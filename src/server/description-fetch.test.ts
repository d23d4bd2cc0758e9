import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_MAX_DESCRIPTION_BYTES as SERVER_MAX_BYTES,
  fetchDescriptionForPage,
  isPrivateAddress,
  openedOnLoopback,
  type DescriptionFetchOptions,
  type Resolver,
} from './description-fetch'
import { DEFAULT_MAX_DESCRIPTION_BYTES } from '../features/spec-loader/size-limit'

const servers: Server[] = []

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections()
          server.close(resolve)
        }),
    ),
  )
})

interface Seen {
  url: string
  headers: IncomingHttpHeaders
}

/** A server on 127.0.0.1 that answers with `handler` and notes what it received. */
async function loopbackServer(
  handler: (url: string, response: import('node:http').ServerResponse) => void,
): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers })
    handler(request.url ?? '', response)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, seen }
}

/** Every name is 127.0.0.1, so the test needs no network; it records which names were asked. */
function loopbackResolver(asked: string[] = []): Resolver {
  return async (hostname) => {
    asked.push(hostname)
    return [{ address: '127.0.0.1', family: 4 }]
  }
}

const options = (
  overrides: Partial<DescriptionFetchOptions> = {},
): DescriptionFetchOptions => ({
  maxBytes: 1024,
  timeoutMs: 5_000,
  allowPrivate: true,
  resolve: loopbackResolver(),
  ...overrides,
})

const DOC = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}'

describe('fetchDescriptionForPage', () => {
  it('fetches with GET and sends nothing but its own Accept and User-Agent', async () => {
    const { port, seen } = await loopbackServer((_url, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(DOC)
    })
    const fetched = await fetchDescriptionForPage(
      `http://docs.test:${port}/openapi.json`,
      options(),
    )
    expect(fetched.body.toString()).toBe(DOC)
    expect(fetched.contentType).toBe('application/json')
    expect(Object.keys(seen[0]!.headers).sort()).toEqual([
      'accept',
      'connection',
      'host',
      'user-agent',
    ])
  })

  it('connects to the address it checked, not to what a second lookup would say', async () => {
    const asked: string[] = []
    const { port } = await loopbackServer((_url, response) => response.end(DOC))
    // "rebind.test" exists only in the injected resolver: reaching the server proves the connection used its answer.
    await fetchDescriptionForPage(
      `http://rebind.test:${port}/d.json`,
      options({ resolve: loopbackResolver(asked) }),
    )
    expect(asked).toEqual(['rebind.test'])
  })

  it('refuses a host with any private, loopback or link-local address', async () => {
    for (const address of [
      '10.1.2.3',
      '127.0.0.1',
      '169.254.169.254',
      'fd00::1',
      '::ffff:192.168.0.1',
    ]) {
      const resolve: Resolver = async () => [
        { address: '203.0.113.7', family: 4 },
        { address, family: address.includes(':') ? 6 : 4 },
      ]
      await expect(
        fetchDescriptionForPage(
          'https://docs.example/openapi.json',
          options({ allowPrivate: false, resolve }),
        ),
      ).rejects.toMatchObject({ code: 'refused' })
    }
  })

  it('follows redirects by hand and checks every hop', async () => {
    const asked: string[] = []
    const { port, seen } = await loopbackServer((url, response) => {
      if (url === '/start') {
        response.writeHead(302, {
          Location: `http://second.test:${port}/final.json`,
        })
        response.end()
      } else response.end(DOC)
    })
    const fetched = await fetchDescriptionForPage(
      `http://first.test:${port}/start`,
      options({ resolve: loopbackResolver(asked) }),
    )
    expect(fetched.url).toBe(`http://second.test:${port}/final.json`)
    expect(asked).toEqual(['first.test', 'second.test'])
    expect(seen.map((request) => request.url)).toEqual([
      '/start',
      '/final.json',
    ])
  })

  it('does not follow a redirect to another scheme, nor an endless chain', async () => {
    const { port } = await loopbackServer((url, response) => {
      response.writeHead(301, {
        Location: url === '/file' ? 'file:///etc/passwd' : '/loop',
      })
      response.end()
    })
    await expect(
      fetchDescriptionForPage(`http://a.test:${port}/file`, options()),
    ).rejects.toMatchObject({ code: 'bad-url' })
    await expect(
      fetchDescriptionForPage(`http://a.test:${port}/loop`, options()),
    ).rejects.toThrow(/redirected more than/)
  })

  it('refuses a body over the size cap, declared or streamed', async () => {
    const { port } = await loopbackServer((url, response) => {
      if (url === '/declared') {
        response.writeHead(200, { 'Content-Length': '4096' })
        response.end('x'.repeat(4096))
      } else {
        response.write('x'.repeat(800))
        response.end('x'.repeat(800))
      }
    })
    for (const path of ['/declared', '/streamed'])
      await expect(
        fetchDescriptionForPage(`http://a.test:${port}${path}`, options()),
      ).rejects.toMatchObject({ code: 'too-large' })
  })

  it('gives up after the timeout', async () => {
    const { port } = await loopbackServer(() => {
      // Never answers.
    })
    await expect(
      fetchDescriptionForPage(
        `http://a.test:${port}/slow`,
        options({ timeoutMs: 300 }),
      ),
    ).rejects.toMatchObject({ code: 'timeout' })
  })

  it('names an HTTP error, and refuses URLs it must not fetch', async () => {
    const { port } = await loopbackServer((_url, response) => {
      response.writeHead(404, 'Not Found')
      response.end()
    })
    await expect(
      fetchDescriptionForPage(`http://a.test:${port}/missing`, options()),
    ).rejects.toThrow(/answered 404 Not Found/)
    for (const url of [
      null,
      'not a url',
      'file:///etc/passwd',
      'http://user:pw@a.test/',
    ])
      await expect(
        fetchDescriptionForPage(url, options()),
      ).rejects.toMatchObject({ code: 'bad-url' })
  })

  it("uses the page's own default size cap", () => {
    expect(SERVER_MAX_BYTES).toBe(DEFAULT_MAX_DESCRIPTION_BYTES)
  })
})

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.0.0.1', true],
    ['172.16.5.4', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fc00::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:2800:220:1:248:1893:25c8:1946', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})

describe('openedOnLoopback', () => {
  it('needs a loopback Host and a loopback caller', () => {
    expect(openedOnLoopback('127.0.0.1:4173', '127.0.0.1')).toBe(true)
    expect(openedOnLoopback('localhost:5173', '::1')).toBe(true)
    expect(openedOnLoopback('[::1]:5173', '::ffff:127.0.0.1')).toBe(true)
    // A reverse proxy on the same machine: loopback caller, public Host.
    expect(openedOnLoopback('explorer.example.com', '127.0.0.1')).toBe(false)
    // Someone on the network who names localhost in Host.
    expect(openedOnLoopback('localhost:4173', '192.168.1.20')).toBe(false)
    expect(openedOnLoopback(undefined, '127.0.0.1')).toBe(false)
  })
})
