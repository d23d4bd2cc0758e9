import { describe, expect, it } from 'vitest'
import { policyAllowsConnect } from './connect-src'

const PAGE = 'http://127.0.0.1:4173'
const POLICY =
  "default-src 'self'; script-src 'self'; connect-src 'self' https://api.appcenter.ms http://127.0.0.1:4174 https://*.example.com; object-src 'none'"

describe('policyAllowsConnect', () => {
  it.each([
    [`${PAGE}/openapi.yaml`, true],
    ['https://api.appcenter.ms/v0.1/user', true],
    ['http://127.0.0.1:4174/fixtures/a.json', true],
    ['http://127.0.0.1:4175/a.json', false],
    ['https://docs.example.com/openapi.json', true],
    ['https://example.com/openapi.json', false],
    ['https://elsewhere.test/openapi.json', false],
    ['http://api.appcenter.ms/v0.1/user', false],
  ])('%s → %s', (url, allowed) => {
    expect(policyAllowsConnect(POLICY, url, PAGE)).toBe(allowed)
  })

  it('falls back to default-src, and allows everything without either', () => {
    expect(
      policyAllowsConnect("default-src 'self'", 'https://a.test/', PAGE),
    ).toBe(false)
    expect(
      policyAllowsConnect("script-src 'self'", 'https://a.test/', PAGE),
    ).toBe(true)
  })

  it('reads schemes and stars', () => {
    expect(
      policyAllowsConnect('connect-src https:', 'https://a.test/', PAGE),
    ).toBe(true)
    expect(
      policyAllowsConnect('connect-src https:', 'http://a.test/', PAGE),
    ).toBe(false)
    expect(
      policyAllowsConnect('connect-src *', 'http://a.test:81/', PAGE),
    ).toBe(true)
    expect(
      policyAllowsConnect(
        'connect-src http://a.test:*',
        'http://a.test:81/',
        PAGE,
      ),
    ).toBe(true)
  })

  it('needs every policy of several to allow it', () => {
    expect(
      policyAllowsConnect(
        "connect-src *, connect-src 'self'",
        'https://a.test/',
        PAGE,
      ),
    ).toBe(false)
  })
})
