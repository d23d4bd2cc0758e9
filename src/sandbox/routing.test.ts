import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

describe('routing', () => {
  it.each([
    ['GET', '/v0.1/users'],
    ['GET', '/v0.1/apps/demo-user/hello-android/no_such_area'],
    ['PUT', '/v0.1/user'],
    ['POST', '/v0.1/orgs/contoso/no_such_thing'],
    ['GET', '/v0.1/user/'],
    ['GET', ''],
  ])(
    'answers %s %s, which the description lacks, with a 404 error body',
    async (method, path) => {
      const { call, tokens } = setupSandbox()
      const body = method === 'GET' ? undefined : {}
      const result = await call(method, path, { token: tokens.userFull, body })
      expect(result.status).toBe(404)
      expect(errorOf(result).code).toBe('NotFound')
      expect(result.headers.get('content-type')).toBe(
        'application/json; charset=utf-8',
      )
    },
  )

  it('authenticates an unknown path before answering 404', async () => {
    const { call, tokens } = setupSandbox()
    expect((await call('GET', '/v0.2/anything')).status).toBe(401)
    const bad = await call('GET', '/v0.2/anything', { token: 'f'.repeat(40) })
    expect(bad.status).toBe(401)
    const known = await call('GET', '/v0.2/anything', { token: tokens.appFull })
    expect(known.status).toBe(404)
  })

  it('applies the body rule to an unknown path too (411)', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('POST', '/v0.2/anything', {
      token: tokens.userFull,
    })
    expect(result.status).toBe(411)
  })

  it.each([
    ['app', '/v0.1/apps/demo-user/no-such-app'],
    ['app owner', '/v0.1/apps/nobody/hello-android'],
    ['app in another case', '/v0.1/apps/demo-user/Hello-Android'],
    ['org', '/v0.1/orgs/umbrella'],
    ['org apps', '/v0.1/orgs/umbrella/apps'],
    ['app users', '/v0.1/apps/demo-user/no-such-app/users'],
  ])('answers 404 NotFound for an unknown %s', async (_label, path) => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', path, { token: tokens.userFull })
    expect(result.status).toBe(404)
    expect(errorOf(result).code).toBe('NotFound')
  })

  it('answers 404 for a person who is not on the app', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call(
      'DELETE',
      '/v0.1/apps/demo-user/hello-ios/users/ana@example.com',
      { token: tokens.userFull },
    )
    expect(result.status).toBe(404)
    expect(errorOf(result).message).toContain('ana@example.com')
  })

  it.each([
    ['/v0.1/apps', 'hello-ios', 'demo-user'],
    ['/v0.1/orgs/contoso/apps', 'contoso-shop', 'contoso'],
  ])(
    'answers 409 Conflict for a duplicate name via %s',
    async (path, name, owner) => {
      const { call, tokens } = setupSandbox()
      const result = await call('POST', path, {
        token: tokens.userFull,
        body: { display_name: 'Dup', name, os: 'iOS', platform: 'UWP' },
      })
      expect(result.status).toBe(409)
      expect(errorOf(result).code).toBe('Conflict')
      expect(errorOf(result).message).toContain(owner)
    },
  )

  it('answers 409 when a rename takes a sibling’s name, ignoring case', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('PATCH', '/v0.1/apps/demo-user/hello-android', {
      token: tokens.userFull,
      body: { name: 'HELLO-IOS' },
    })
    expect(result.status).toBe(409)
  })
})

describe('path parameters', () => {
  it.each([
    ['an encoded slash', '/v0.1/apps/demo-user%2Fhello-android/x'],
    ['a traversal with encoded slashes', '/v0.1/apps/..%2F..%2Fuser/x'],
    ['a traversal in the app name', '/v0.1/apps/demo-user/..%2Fhello-ios'],
    [
      'an absolute URL',
      '/v0.1/apps/http%3A%2F%2Fevil.example%2F/hello-android',
    ],
    ['an org name with a slash', '/v0.1/orgs/contoso%2Fapps'],
    ['a malformed escape', '/v0.1/apps/%E0%A4%A/hello-android'],
  ])(
    'treats %s as a plain value that just does not exist',
    async (_label, path) => {
      const { call, tokens } = setupSandbox()
      const result = await call('GET', path, { token: tokens.userFull })
      expect(result.status).toBe(404)
      expect(errorOf(result).code).toBe('NotFound')
    },
  )

  it('reports the decoded value back, proving it was not routed', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/apps/a%2Fb/c', {
      token: tokens.userFull,
    })
    expect(errorOf(result).message).toContain('"a/b"')
  })

  it('treats a traversal in user_email as a malformed address (400)', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call(
      'PATCH',
      '/v0.1/apps/demo-user/hello-android/users/..%2F..%2Fuser',
      { token: tokens.userFull, body: { permissions: ['viewer'] } },
    )
    expect(result.status).toBe(400)
    expect(errorOf(result).message).toContain('user_email')
  })
})
