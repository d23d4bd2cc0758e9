import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fixturesDir, realSpecPath } from './paths'

const types: Record<string, string> = {
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.txt': 'text/plain',
}

export interface RecordedRequest {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
}

/** Made once: about 30 MB of JSON. */
let hugeBody: string | undefined

/** Responses that must be shown inertly: scripts in HTML and SVG, a huge body, binary data. */
const hostileResponses: Record<
  string,
  { type: string; body: () => string | Buffer }
> = {
  '/elsewhere/responses/html': {
    type: 'text/html',
    body: () =>
      '<html><body><script>window.__pwned = "html-response"</script><h1>Hello</h1></body></html>',
  },
  '/elsewhere/responses/svg': {
    type: 'image/svg+xml',
    body: () =>
      '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=\'svg-response\'"><script>window.__pwned="svg-script"</script><circle r="4"/></svg>',
  },
  '/elsewhere/responses/huge': {
    type: 'application/json',
    body: () =>
      (hugeBody ??= JSON.stringify({
        items: Array.from({ length: 300_000 }, (_, i) => ({
          id: i,
          text: 'x'.repeat(80),
        })),
      })),
  },
  '/elsewhere/responses/binary': {
    type: 'application/octet-stream',
    body: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)),
  },
}

/** Every request the fixture server received, for tests that check what reached it. */
export const received: RecordedRequest[] = []

/**
 * A second origin for the end-to-end tests: it serves our fixture
 * descriptions and the real App Center description, and answers the odd
 * statuses the tests need. It allows any origin to read it, like a public host.
 */
export function startFixtureServer(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture')
    if (url.pathname === '/__received') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(received))
      return
    }
    received.push({
      method: request.method ?? 'GET',
      url: url.href,
      headers: request.headers,
    })
    response.setHeader('Access-Control-Allow-Origin', '*')
    response.setHeader('Access-Control-Allow-Headers', '*')
    response.setHeader(
      'Access-Control-Allow-Methods',
      'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    )
    if (request.method === 'OPTIONS') {
      response.writeHead(204)
      response.end()
      return
    }
    const hostile = hostileResponses[url.pathname]
    if (hostile) {
      response.writeHead(200, { 'Content-Type': hostile.type })
      response.end(hostile.body())
      return
    }
    // Stands in for any API a hostile description might point at.
    if (url.pathname.startsWith('/elsewhere/')) {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ reached: url.pathname }))
      return
    }
    response.setHeader('Cache-Control', 'no-store')
    const status = /^\/status\/(\d{3})$/.exec(url.pathname)
    if (status) {
      response.writeHead(Number(status[1]), { 'Content-Type': 'text/plain' })
      response.end('fixture status page')
      return
    }
    let file: string | null = null
    if (url.pathname === '/real/appcenter.swagger.json') file = realSpecPath
    else if (url.pathname.startsWith('/fixtures/')) {
      const candidate = path.resolve(
        fixturesDir,
        '.' + decodeURIComponent(url.pathname.slice('/fixtures'.length)),
      )
      if (candidate.startsWith(fixturesDir + path.sep)) file = candidate
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' })
      response.end('not found')
      return
    }
    response.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
