import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import {
  connectSourcesFromEnv,
  headersFile,
  inlineScriptHashes,
  securityHeaders,
} from './security-headers.ts'

/** The hashes of the built page's inline scripts, read from the build `vite preview` serves. */
function builtPageScriptHashes(config: ResolvedConfig): string[] {
  const page = path.resolve(config.root, config.build.outDir, 'index.html')
  try {
    return inlineScriptHashes(readFileSync(page, 'utf8'))
  } catch {
    return [] // nothing built: preview has nothing to serve either
  }
}

/**
 * Serves every response with the security headers, in `vite` (dev) and
 * `vite preview`, and writes dist/_headers for static hosts. The built
 * page's inline script is admitted by its hash, in both.
 */
export function securityHeadersPlugin(): Plugin {
  const extraConnectSources = connectSourcesFromEnv(
    process.env.EXPLORER_CONNECT_SRC,
  )
  // Dev only: Vite injects an inline module script for Fast Refresh; a nonce admits it and nothing else.
  const devScriptNonce = randomBytes(16).toString('base64url')
  let isDev = false
  let config: ResolvedConfig
  return {
    name: 'explorer-security-headers',
    config(_, { command }) {
      isDev = command === 'serve'
      return isDev ? { html: { cspNonce: devScriptNonce } } : undefined
    },
    configResolved(resolved) {
      config = resolved
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
      const headers = securityHeaders({
        extraConnectSources,
        scriptHashes: builtPageScriptHashes(config),
      })
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers))
          response.setHeader(name, value)
        next()
      })
    },
    generateBundle: {
      // After Vite has written index.html into the bundle, with every tag the other plugins inject.
      order: 'post',
      handler(_options, bundle) {
        if (isDev) return
        const page = bundle['index.html']
        if (page?.type !== 'asset')
          throw new Error('index.html is not in the bundle to hash its scripts')
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: headersFile({
            extraConnectSources,
            scriptHashes: inlineScriptHashes(String(page.source)),
          }),
        })
      },
    },
  }
}
