import { describe, expect, it } from 'vitest'
import {
  connectSourcesFromEnv,
  contentSecurityPolicy,
  headersFile,
  securityHeaders,
} from './security-headers'

describe('contentSecurityPolicy', () => {
  it('allows scripts from this origin only, with no eval and no inline scripts', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('lets the page connect to itself, App Center production and the configured origins only', () => {
    const csp = contentSecurityPolicy({
      extraConnectSources: ['https://proxy.example.com'],
    })
    expect(csp).toContain(
      "connect-src 'self' https://api.appcenter.ms https://proxy.example.com;",
    )
  })

  it('admits the dev server inline script by nonce only', () => {
    expect(contentSecurityPolicy({ devScriptNonce: 'abc' })).toContain(
      "script-src 'self' 'nonce-abc';",
    )
  })
})

describe('connectSourcesFromEnv', () => {
  it('reads origins separated by spaces or commas, keeping only the origin', () => {
    expect(
      connectSourcesFromEnv(
        'https://a.example/path, http://127.0.0.1:4174  https://b.example',
      ),
    ).toEqual([
      'https://a.example',
      'http://127.0.0.1:4174',
      'https://b.example',
    ])
  })

  it.each(["'unsafe-inline'", 'https://a.example; script-src *', 'not a url'])(
    'refuses %j',
    (value) => {
      expect(() => connectSourcesFromEnv(value)).toThrow()
    },
  )
})

describe('securityHeaders', () => {
  it('adds no-referrer, nosniff and frame denial', () => {
    expect(securityHeaders()).toMatchObject({
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    })
  })

  it('writes the same headers for static hosts', () => {
    const file = headersFile()
    expect(file.startsWith('/*\n')).toBe(true)
    expect(file).toContain(
      `  Content-Security-Policy: ${contentSecurityPolicy()}`,
    )
  })
})
