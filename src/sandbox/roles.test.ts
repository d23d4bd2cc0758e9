import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

const NEW_APP = { display_name: 'Role Test', os: 'Android', platform: 'Java' }

describe('app roles with a full-access user token', () => {
  it('let a manager update and delete the app', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const path = '/v0.1/apps/demo-user/hello-ios'
    const patched = await call('PATCH', path, {
      token,
      body: { display_name: 'Hello iPhone' },
    })
    expect(patched.status).toBe(200)
    expect(patched.json).toMatchObject({
      display_name: 'Hello iPhone',
      member_permissions: ['manager'],
    })
    expect((await call('DELETE', path, { token })).status).toBe(204)
    expect((await call('GET', path, { token })).status).toBe(404)
  })

  it('make organization admins managers of every org app', async () => {
    const { call, tokens } = setupSandbox()
    const path = '/v0.1/apps/contoso/contoso-field'
    const app = await call('GET', path, { token: tokens.userFull })
    expect(app.json).toMatchObject({ member_permissions: ['manager'] })
    expect(
      (await call('DELETE', path, { token: tokens.userFull })).status,
    ).toBe(204)
  })

  describe.each([
    ['developer', 'fabrikam/fabrikam-crm'],
    ['viewer', 'fabrikam/fabrikam-reports'],
    ['tester', 'northwind/northwind-beta'],
  ])('as a %s', (role, app) => {
    const base = `/v0.1/apps/${app}`

    it('may read the app and its users', async () => {
      const { call, tokens } = setupSandbox()
      const got = await call('GET', base, { token: tokens.userFull })
      expect(got.status).toBe(200)
      expect(got.json).toMatchObject({ member_permissions: [role] })
      const users = await call('GET', `${base}/users`, {
        token: tokens.userFull,
      })
      expect(users.status).toBe(200)
    })

    it.each([
      ['PATCH', '', { description: 'x' }, 'updating this app'],
      ['DELETE', '', undefined, 'deleting this app'],
      [
        'PATCH',
        '/users/chen@example.com',
        { permissions: ['viewer'] },
        "changing this app's users",
      ],
      [
        'DELETE',
        '/users/chen@example.com',
        undefined,
        "changing this app's users",
      ],
      ['GET', '/api_tokens', undefined, "listing this app's API tokens"],
      ['POST', '/api_tokens', {}, "managing this app's API tokens"],
    ])('gets 403 for %s %s', async (method, suffix, body, action) => {
      const { call, tokens } = setupSandbox()
      const result = await call(method, `${base}${suffix}`, {
        token: tokens.userFull,
        body,
      })
      expect(result.status).toBe(403)
      expect(errorOf(result).message).toBe(
        `Your role on ${app} is ${role}; ${action} needs the manager role.`,
      )
    })
  })

  it('let anyone on an app remove themselves', async () => {
    const { call, tokens } = setupSandbox()
    const base = '/v0.1/apps/fabrikam/fabrikam-reports'
    const left = await call('DELETE', `${base}/users/demo@example.com`, {
      token: tokens.userFull,
    })
    expect(left.status).toBe(204)
    expect((await call('GET', base, { token: tokens.userFull })).status).toBe(
      404,
    )
  })

  it('let a manager change and remove other people', async () => {
    const { call, tokens } = setupSandbox()
    const base = '/v0.1/apps/demo-user/hello-android'
    const token = tokens.userFull
    const changed = await call('PATCH', `${base}/users/ana@example.com`, {
      token,
      body: { permissions: ['manager'] },
    })
    expect(changed.status).toBe(204)
    const removed = await call('DELETE', `${base}/users/ben@example.com`, {
      token,
    })
    expect(removed.status).toBe(204)
    const users = (await call('GET', `${base}/users`, { token })).json as {
      email: string
      permissions: string[]
    }[]
    expect(
      users.find((u) => u.email === 'ana@example.com')?.permissions,
    ).toEqual(['manager'])
    expect(users.some((u) => u.email === 'ben@example.com')).toBe(false)
  })

  it('never let the owner lose the manager role', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call(
      'PATCH',
      '/v0.1/apps/demo-user/hello-android/users/demo@example.com',
      { token: tokens.userFull, body: { permissions: ['viewer'] } },
    )
    expect(result.status).toBe(403)
    expect(errorOf(result).message).toMatch(/own it or administer/)
  })

  it('hide apps the user has no role on (404, not 403)', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('GET', '/v0.1/apps/fabrikam/fabrikam-internal', {
      token: tokens.userFull,
    })
    expect(result.status).toBe(404)
  })
})

describe('organization roles', () => {
  it.each([
    ['admin', 'contoso'],
    ['collaborator', 'fabrikam'],
  ])('let an %s create apps in the org', async (_role, org) => {
    const { call, tokens } = setupSandbox()
    const result = await call('POST', `/v0.1/orgs/${org}/apps`, {
      token: tokens.userFull,
      body: NEW_APP,
    })
    expect(result.status).toBe(201)
    expect(result.json).toMatchObject({
      name: 'Role-Test',
      owner: { name: org, type: 'org' },
      member_permissions: ['manager'],
    })
  })

  it('refuse app creation to a plain member with 403', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('POST', '/v0.1/orgs/northwind/apps', {
      token: tokens.userFull,
      body: NEW_APP,
    })
    expect(result.status).toBe(403)
    expect(errorOf(result).message).toMatch(/member of northwind/)
  })

  it('show admins every org app and others only their own', async () => {
    const { call, tokens } = setupSandbox()
    const names = async (org: string) =>
      (
        (
          await call('GET', `/v0.1/orgs/${org}/apps`, {
            token: tokens.userFull,
          })
        ).json as { name: string }[]
      ).map((a) => a.name)
    expect(await names('contoso')).toEqual(['contoso-shop', 'contoso-field'])
    expect(await names('fabrikam')).toEqual([
      'fabrikam-crm',
      'fabrikam-reports',
    ])
  })
})
