import { describe, expect, it } from 'vitest'
import {
  connectSourcesFromEnv,
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
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

  it('admits the built page’s own inline scripts by their hashes only', () => {
    expect(
      contentSecurityPolicy({ scriptHashes: ['sha256-AAA=', 'sha256-BBB='] }),
    ).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';")
  })
})

describe('inlineScriptHashes', () => {
  it('hashes each inline script’s text as the browser does, and skips scripts loaded from a file', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    const html = `<head><script>alert(1)</script><script type="module" src="/assets/index.js"></script></head>
      <body><SCRIPT data-x="1">const a = 'é'</SCRIPT></body>`
    expect(inlineScriptHashes(html)).toEqual([
      'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
      expect.stringMatching(/^sha256-[\w+/]{43}=$/),
    ])
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([])
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
