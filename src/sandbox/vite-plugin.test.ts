import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { sandboxPlugin } from './vite-plugin.ts'

type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void

// Just the parts of Vite's dev and preview servers the plugin touches.
function fakeViteServer() {
  const middlewares: Middleware[] = []
  const logged: string[] = []
  const server = {
    middlewares: { use: (fn: Middleware) => middlewares.push(fn) },
    config: {
      server: { allowedHosts: [] },
      preview: { allowedHosts: [] },
      logger: { info: (line: string) => logged.push(line) },
    },
    resolvedUrls: { local: ['http://localhost:5173/'], network: [] },
    printUrls: () => logged.push('vite urls'),
  }
  return { server, middlewares, logged }
}

let http: Server | undefined
afterEach(() => {
  http?.close()
  http = undefined
})

/** Serves the plugin's middleware; whatever it passes on answers 418. */
async function serve(middleware: Middleware): Promise<string> {
  http = createServer((req, res) =>
    middleware(req, res, () => {
      res.writeHead(418)
      res.end('vite')
    }),
  )
  await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

describe('sandboxPlugin', () => {
  it.each(['configureServer', 'configurePreviewServer'] as const)(
    'mounts the sandbox at /sandbox in %s and passes everything else on',
    async (hook) => {
      const { server, middlewares } = fakeViteServer()
      const plugin = sandboxPlugin()
      ;(plugin[hook] as (s: unknown) => void)(server)
      expect(middlewares).toHaveLength(1)
      const origin = await serve(middlewares[0] as Middleware)

      const demo = await fetch(`${origin}/sandbox/_sandbox/demo`)
      expect(demo.status).toBe(200)
      const { tokens } = (await demo.json()) as { tokens: { value: string }[] }
      const user = await fetch(`${origin}/sandbox/v0.1/user`, {
        headers: { 'X-API-Token': tokens[0]?.value ?? '' },
      })
      expect(user.status).toBe(200)

      for (const path of [
        '/',
        '/src/main.tsx',
        '/sandboxed',
        '/openapi.yaml',
      ]) {
        const passed = await fetch(`${origin}${path}`)
        expect(passed.status, path).toBe(418)
      }
    },
  )

  it('logs the base URL and a demo token of each kind after Vite’s URLs', () => {
    const { server, logged } = fakeViteServer()
    const plugin = sandboxPlugin()
    ;(plugin.configureServer as (s: unknown) => void)(server)
    server.printUrls()
    expect(logged[0]).toBe('vite urls')
    const text = logged.join('\n')
    expect(text).toContain('http://localhost:5173/sandbox')
    expect(text.match(/\b[0-9a-f]{40}\b/g)).toHaveLength(5) // 4 + curl example
    expect(text).toMatch(/user, read only/)
    expect(text).toMatch(/app demo-user\/hello-android, full access/)
  })
})
