import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

const OWN_APP = '/v0.1/apps/demo-user/hello-android'

describe('app tokens', () => {
  it('work on their own app', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', OWN_APP, { token: tokens.appFull })
    expect(result.status).toBe(200)
    expect(result.json).toMatchObject({ name: 'hello-android' })
  })

  it('get 403 on any other app, even one the user manages', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/apps/demo-user/hello-ios', {
      token: tokens.appFull,
    })
    expect(result.status).toBe(403)
    expect(errorOf(result).message).toContain(
      'limited to the app demo-user/hello-android',
    )
  })

  it.each([
    ['GET', '/v0.1/user'],
    ['PATCH', '/v0.1/user'],
    ['GET', '/v0.1/orgs'],
    ['GET', '/v0.1/orgs/contoso'],
    ['GET', '/v0.1/orgs/contoso/apps'],
    ['POST', '/v0.1/apps'],
    ['GET', '/v0.1/api_tokens'],
    ['POST', '/v0.1/api_tokens'],
    ['GET', `${OWN_APP}/api_tokens`],
  ])('get 403 on the user-level operation %s %s', async (method, path) => {
    const { call, tokens } = setupSandbox()
    const body = method === 'GET' ? undefined : {}
    const result = await call(method, path, { token: tokens.appFull, body })
    expect(result.status).toBe(403)
    expect(errorOf(result).message).toMatch(/app API token, limited to the app/)
  })

  it('list only their own app in GET /v0.1/apps', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/apps', { token: tokens.appFull })
    expect(result.status).toBe(200)
    expect((result.json as { name: string }[]).map((a) => a.name)).toEqual([
      'hello-android',
    ])
  })

  it('with full access may update their app', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('PATCH', OWN_APP, {
      token: tokens.appFull,
      body: { description: 'Changed by the app token' },
    })
    expect(result.status).toBe(200)
    expect(result.json).toMatchObject({
      description: 'Changed by the app token',
    })
  })
})

describe('read-only tokens', () => {
  const writes: [string, string, unknown][] = [
    ['PATCH', '/v0.1/user', { display_name: 'X' }],
    ['POST', '/v0.1/apps', { display_name: 'X', os: 'iOS', platform: 'UWP' }],
    ['PATCH', OWN_APP, { description: 'X' }],
    ['DELETE', OWN_APP, undefined],
    ['PATCH', `${OWN_APP}/users/ana@example.com`, { permissions: ['viewer'] }],
    ['DELETE', `${OWN_APP}/users/ana@example.com`, undefined],
    [
      'POST',
      '/v0.1/orgs/contoso/apps',
      { display_name: 'X', os: 'iOS', platform: 'UWP' },
    ],
    ['POST', '/v0.1/api_tokens', {}],
    [
      'DELETE',
      '/v0.1/api_tokens/70ce0000-0000-4000-8000-000000000001',
      undefined,
    ],
    ['POST', `${OWN_APP}/api_tokens`, {}],
  ]

  it.each(writes)(
    'get 403 saying the token is read-only on %s %s',
    async (method, path, body) => {
      const { call, tokens } = setupSandbox()
      const result = await call(method, path, {
        token: tokens.userReadOnly,
        body,
      })
      expect(result.status).toBe(403)
      expect(errorOf(result).code).toBe('Forbidden')
      expect(errorOf(result).message).toMatch(/read-only/)
    },
  )

  it('leave the data unchanged when refused', async () => {
    const { call, tokens } = setupSandbox()
    await call('DELETE', OWN_APP, { token: tokens.userReadOnly })
    const still = await call('GET', OWN_APP, { token: tokens.userFull })
    expect(still.status).toBe(200)
  })

  it('may read, including the token lists', async () => {
    const { call, tokens } = setupSandbox()
    for (const path of [
      '/v0.1/user',
      '/v0.1/apps',
      OWN_APP,
      '/v0.1/api_tokens',
    ]) {
      const result = await call('GET', path, { token: tokens.userReadOnly })
      expect(result.status, path).toBe(200)
    }
  })

  it('app read-only tokens may read their app but not change it', async () => {
    const { call, tokens } = setupSandbox()
    expect(
      (await call('GET', OWN_APP, { token: tokens.appReadOnly })).status,
    ).toBe(200)
    const write = await call('PATCH', OWN_APP, {
      token: tokens.appReadOnly,
      body: { description: 'nope' },
    })
    expect(write.status).toBe(403)
    expect(errorOf(write).message).toMatch(/read-only/)
  })
})
