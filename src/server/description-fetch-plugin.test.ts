import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createDescriptionFetchHandler } from './description-fetch-plugin'

const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

async function listen(server: Server): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function setUp() {
  const upstream = await listen(
    createServer((request, response) => {
      response.writeHead(200, {
        'Content-Type':
          request.url === '/page.html' ? 'text/html' : 'application/yaml',
      })
      response.end(`cookie: ${request.headers.cookie ?? 'none'}\n`)
    }),
  )
  const handle = createDescriptionFetchHandler({ maxBytes: 1024 })
  const explorer = await listen(
    createServer((request, response) => {
      void handle(request, response)
    }),
  )
  return { upstream, explorer }
}

describe('createDescriptionFetchHandler', () => {
  it('answers the page with the description as inert bytes, without passing on its cookies', async () => {
    const { upstream, explorer } = await setUp()
    const response = await fetch(
      `${explorer}/_explorer/fetch-description?url=${encodeURIComponent(`${upstream}/d.yaml`)}`,
      {
        headers: { Cookie: 'session=secret', 'Sec-Fetch-Site': 'same-origin' },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/yaml')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    expect(response.headers.get('x-description-content-type')).toBe(
      'application/yaml',
    )
    expect(await response.text()).toBe('cookie: none\n')
  })

  it('never answers with a type the browser would render as a page of this origin', async () => {
    const { upstream, explorer } = await setUp()
    const response = await fetch(
      `${explorer}/_explorer/fetch-description?url=${encodeURIComponent(`${upstream}/page.html`)}`,
    )
    expect(response.headers.get('content-type')).toBe(
      'application/octet-stream',
    )
    expect(response.headers.get('content-disposition')).toBe('attachment')
  })

  it('answers GET only, and only to its own page', async () => {
    const { upstream, explorer } = await setUp()
    const url = `${explorer}/_explorer/fetch-description?url=${encodeURIComponent(`${upstream}/d.yaml`)}`
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(405)
    const crossSite = await fetch(url, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
  })

  it('refuses loopback hosts when the explorer was not opened on a loopback address', async () => {
    const { upstream, explorer } = await setUp()
    // The Host a visitor of a public explorer sends (fetch would not let a test set it).
    const { status, body } = await new Promise<{
      status: number
      body: string
    }>((resolve, reject) => {
      const request = httpRequest(
        `${explorer}/_explorer/fetch-description?url=${encodeURIComponent(`${upstream}/d.yaml`)}`,
        { headers: { Host: 'explorer.example.com' } },
        (response) => {
          let text = ''
          response.on('data', (chunk: Buffer) => (text += chunk.toString()))
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: text }),
          )
        },
      )
      request.on('error', reject)
      request.end()
    })
    expect(status).toBe(403)
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'refused' } })
  })
})
