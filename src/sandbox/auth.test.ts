import { describe, expect, it } from 'vitest'
import { basic, errorOf, setupSandbox } from './testing/sandbox-client.ts'

describe('authentication', () => {
  it('answers 401 naming the X-API-Token header when no token is sent', async () => {
    const { call } = setupSandbox()
    const result = await call('GET', '/v0.1/user')
    expect(result.status).toBe(401)
    expect(errorOf(result).code).toBe('Unauthorized')
    expect(errorOf(result).message).toContain('X-API-Token')
  })

  it('answers 401 for a token nobody issued', async () => {
    const { call } = setupSandbox()
    const result = await call('GET', '/v0.1/user', { token: 'f'.repeat(40) })
    expect(result.status).toBe(401)
    expect(errorOf(result).message).toMatch(/does not match any API token/)
  })

  it('answers 401 for a revoked token and says it was revoked', async () => {
    const { call, tokens } = setupSandbox()
    const created = await call('POST', '/v0.1/api_tokens', {
      token: tokens.userFull,
      body: {},
    })
    const { id, api_token } = created.json as { id: string; api_token: string }
    expect((await call('GET', '/v0.1/user', { token: api_token })).status).toBe(
      200,
    )

    const revoked = await call('DELETE', `/v0.1/api_tokens/${id}`, {
      token: tokens.userFull,
    })
    expect(revoked.status).toBe(204)

    const after = await call('GET', '/v0.1/user', { token: api_token })
    expect(after.status).toBe(401)
    expect(errorOf(after).message).toMatch(/revoked/)
  })

  it('accepts a demo user token on every kind of operation', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/user', { token: tokens.userFull })
    expect(result.status).toBe(200)
    expect(result.json).toMatchObject({
      name: 'demo-user',
      display_name: 'Demo User',
      email: 'demo@example.com',
    })
  })

  it('accepts the demo Basic credentials on the token operations', async () => {
    const { call, basicAuth } = setupSandbox()
    const headers = { Authorization: basicAuth }
    expect((await call('GET', '/v0.1/api_tokens', { headers })).status).toBe(
      200,
    )
    const created = await call('POST', '/v0.1/api_tokens', {
      headers,
      body: { description: 'made with Basic' },
    })
    expect(created.status).toBe(201)
    const appTokens = await call(
      'GET',
      '/v0.1/apps/demo-user/hello-android/api_tokens',
      { headers },
    )
    expect(appTokens.status).toBe(200)
  })

  it('rejects a wrong Basic password with 401', async () => {
    const { call } = setupSandbox()
    const result = await call('GET', '/v0.1/api_tokens', {
      headers: { Authorization: basic('demo-user', 'not-the-password') },
    })
    expect(result.status).toBe(401)
    expect(errorOf(result).message).toMatch(/username or password/)
  })

  it('refuses Basic credentials outside the token operations', async () => {
    const { call, basicAuth } = setupSandbox()
    const result = await call('GET', '/v0.1/user', {
      headers: { Authorization: basicAuth },
    })
    expect(result.status).toBe(401)
    expect(errorOf(result).message).toMatch(/X-API-Token/)
  })

  it('points a Bearer token user to the X-API-Token header', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/user', {
      headers: { Authorization: `Bearer ${tokens.userFull}` },
    })
    expect(result.status).toBe(401)
    expect(errorOf(result).message).toMatch(/X-API-Token header instead/)
  })
})
