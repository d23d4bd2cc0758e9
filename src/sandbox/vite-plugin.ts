import type { Connect, Logger, Plugin, ResolvedServerUrls } from 'vite'
import { createSandbox, SANDBOX_BASE, type Sandbox } from './app.ts'
import { bannerLines } from './banner.ts'
import { createNodeListener, isSandboxPath } from './node-adapter.ts'

// Mounts the sandbox at /sandbox on the app's own origin, in `vite` and in
// `vite preview` alike, so the explorer can call it without CORS. Every other
// request falls through to Vite untouched.

function mount(middlewares: Connect.Server, sandbox: Sandbox): void {
  const listener = createNodeListener(sandbox)
  middlewares.use((req, res, next) => {
    if (!isSandboxPath(req.url)) {
      next()
      return
    }
    listener(req, res).catch(next)
  })
}

function logBanner(
  logger: Logger,
  urls: ResolvedServerUrls | null,
  sandbox: Sandbox,
): void {
  const local = urls?.local[0] ?? urls?.network[0]
  if (!local) return
  const baseUrl = `${new URL(local).origin}${SANDBOX_BASE}`
  for (const line of bannerLines(baseUrl, sandbox.demo())) {
    logger.info(`  ${line}`)
  }
}

/** Vite prints its URLs once listening; ours go right after them. */
function printAfterUrls(
  server: {
    printUrls(): void
    resolvedUrls: ResolvedServerUrls | null
    config: { logger: Logger }
  },
  sandbox: Sandbox,
): void {
  const printUrls = server.printUrls.bind(server)
  server.printUrls = () => {
    printUrls()
    logBanner(server.config.logger, server.resolvedUrls, sandbox)
  }
}

export function sandboxPlugin(): Plugin {
  return {
    name: 'appcenter-sandbox',
    configureServer(server) {
      const sandbox = createSandbox({
        allowedHosts: server.config.server.allowedHosts,
      })
      mount(server.middlewares, sandbox)
      printAfterUrls(server, sandbox)
    },
    configurePreviewServer(server) {
      const sandbox = createSandbox({
        allowedHosts: server.config.preview.allowedHosts,
      })
      mount(server.middlewares, sandbox)
      printAfterUrls(server, sandbox)
    },
  }
}
