import { createHash } from 'node:crypto'
import { inlineScripts } from './inline-scripts.ts'

/**
 * The headers every response of the explorer carries, in dev, preview/start
 * and static hosting alike. Descriptions are untrusted input: the policy is
 * the last line of defence if markup in one ever gets past sanitising.
 */
export const PRODUCTION_API_ORIGIN = 'https://api.appcenter.ms'

export interface SecurityHeaderOptions {
  /** Origins try-it-out calls and description fetches may reach besides this one and App Center production. */
  extraConnectSources?: string[]
  /** A per-server nonce for the scripts Vite's dev server injects inline (React Fast Refresh). */
  devScriptNonce?: string
  /** Hashes (`sha256-…`) of the inline scripts the built page itself carries (see inlineScriptHashes). */
  scriptHashes?: string[]
}

/**
 * The CSP hash of each inline script in `html` (the built index.html has
 * one: the page's first script). The policy admits exactly these, so a
 * script injected by markup that got past sanitising still cannot run.
 */
export function inlineScriptHashes(html: string): string[] {
  return inlineScripts(html).map(
    (script) =>
      `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`,
  )
}

/** EXPLORER_CONNECT_SRC lists extra origins (space or comma separated) the page may connect to. */
export function connectSourcesFromEnv(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      if (entry.includes("'") || /;/.test(entry))
        throw new Error(`EXPLORER_CONNECT_SRC: "${entry}" is not an origin.`)
      const url = new URL(entry)
      return url.origin
    })
}

export function contentSecurityPolicy({
  extraConnectSources = [],
  devScriptNonce,
  scriptHashes = [],
}: SecurityHeaderOptions = {}): string {
  const scriptSrc = [
    "'self'",
    ...(devScriptNonce ? [`'nonce-${devScriptNonce}'`] : []),
    ...scriptHashes.map((hash) => `'${hash}'`),
  ].join(' ')
  const connectSrc = ["'self'", PRODUCTION_API_ORIGIN, ...extraConnectSources]
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // Swagger UI and React set style attributes; no script can come through styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${[...new Set(connectSrc)].join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function securityHeaders(
  options: SecurityHeaderOptions = {},
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=()',
  }
}

/** The same headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(options: SecurityHeaderOptions = {}): string {
  const lines = Object.entries(securityHeaders(options)).map(
    ([name, value]) => `  ${name}: ${value}`,
  )
  return ['/*', ...lines, ''].join('\n')
}
