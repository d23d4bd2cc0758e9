import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSandbox, SANDBOX_BASE, type Sandbox } from './app.ts'
import type { CreateSandboxOptions } from './app.ts'
import { createNodeListener } from './node-adapter.ts'

// The standalone sandbox: a plain Node HTTP server with the same handler at
// the same /sandbox prefix as the Vite plugin. Used by `npm run sandbox`
// and the benchmark.

export interface StartOptions extends CreateSandboxOptions {
  port?: number
  host?: string
}

export interface RunningSandbox {
  sandbox: Sandbox
  server: Server
  /** e.g. http://127.0.0.1:4010/sandbox */
  baseUrl: string
  close(): Promise<void>
}

export async function startSandboxServer(
  options: StartOptions = {},
): Promise<RunningSandbox> {
  const { port = 4010, host = '127.0.0.1', ...sandboxOptions } = options
  const sandbox = createSandbox(sandboxOptions)
  const listener = createNodeListener(sandbox, { overrideGlobalObjects: true })
  const server = createServer((req, res) => {
    listener(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost =
    address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    sandbox,
    server,
    baseUrl: `http://${shownHost}:${address.port}${SANDBOX_BASE}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
