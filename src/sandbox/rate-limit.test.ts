import { describe, expect, it } from 'vitest'
import { DEFAULT_RATE_LIMIT } from './options.ts'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

function fakeClock(start = 1_700_000_000_000) {
  let now = start
  return {
    clock: () => now,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('rate limiting', () => {
  it('answers 429 with Retry-After in seconds once a token uses its budget', async () => {
    const time = fakeClock()
    const { call, tokens } = setupSandbox({
      rateLimit: { requests: 3, windowMs: 60_000 },
      clock: time.clock,
    })
    for (let i = 0; i < 3; i += 1) {
      const ok = await call('GET', '/v0.1/user', { token: tokens.userFull })
      expect(ok.status).toBe(200)
    }
    time.advance(15_000)
    const limited = await call('GET', '/v0.1/user', { token: tokens.userFull })
    expect(limited.status).toBe(429)
    expect(errorOf(limited).code).toBe('TooManyRequests')
    expect(limited.headers.get('retry-after')).toBe('45')
  })

  it('opens again when the window has passed', async () => {
    const time = fakeClock()
    const { call, tokens } = setupSandbox({
      rateLimit: { requests: 1, windowMs: 10_000 },
      clock: time.clock,
    })
    await call('GET', '/v0.1/user', { token: tokens.userFull })
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userFull })).status,
    ).toBe(429)
    time.advance(10_000)
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userFull })).status,
    ).toBe(200)
  })

  it('counts each token separately', async () => {
    const time = fakeClock()
    const { call, tokens } = setupSandbox({
      rateLimit: { requests: 1, windowMs: 10_000 },
      clock: time.clock,
    })
    await call('GET', '/v0.1/user', { token: tokens.userFull })
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userFull })).status,
    ).toBe(429)
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userReadOnly })).status,
    ).toBe(200)
  })

  it('can be turned off, and defaults high enough for try-it-out and benchmarks', async () => {
    expect(DEFAULT_RATE_LIMIT.requests).toBeGreaterThanOrEqual(100_000)
    const { call, tokens } = setupSandbox({ rateLimit: false })
    for (let i = 0; i < 50; i += 1) {
      await call('GET', '/v0.1/user', { token: tokens.userFull })
    }
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userFull })).status,
    ).toBe(200)
  })
})
