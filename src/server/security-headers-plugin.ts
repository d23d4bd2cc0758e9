import { randomBytes } from 'node:crypto'
import type { Plugin } from 'vite'
import {
  connectSourcesFromEnv,
  headersFile,
  securityHeaders,
} from './security-headers.ts'

/**
 * Serves every response with the security headers, in `vite` (dev) and
 * `vite preview`, and writes dist/_headers for static hosts.
 */
export function securityHeadersPlugin(): Plugin {
  const extraConnectSources = connectSourcesFromEnv(
    process.env.EXPLORER_CONNECT_SRC,
  )
  // Dev only: Vite injects an inline module script for Fast Refresh; a nonce admits it and nothing else.
  const devScriptNonce = randomBytes(16).toString('base64url')
  let isDev = false
  return {
    name: 'explorer-security-headers',
    config(_, { command }) {
      isDev = command === 'serve'
      return isDev ? { html: { cspNonce: devScriptNonce } } : undefined
    },
    configureServer(server) {
      const headers = securityHeaders({ extraConnectSources, devScriptNonce })
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers))
          response.setHeader(name, value)
        next()
      })
    },
    configurePreviewServer(server) {
      const headers = securityHeaders({ extraConnectSources })
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers))
          response.setHeader(name, value)
        next()
      })
    },
    generateBundle() {
      if (isDev) return
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile({ extraConnectSources }),
      })
    },
  }
}
