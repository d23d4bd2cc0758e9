import { describe, expect, it } from 'vitest'
import { setupSandbox } from './testing/sandbox-client.ts'

const NEW_APP = { display_name: 'Kept App', os: 'iOS', platform: 'UWP' }

describe('sandbox state', () => {
  it('keeps a created app: it appears in the list and can be fetched', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const created = await call('POST', '/v0.1/apps', { token, body: NEW_APP })
    expect(created.status).toBe(201)
    const list = (await call('GET', '/v0.1/apps', { token })).json as {
      name: string
    }[]
    expect(list.map((a) => a.name)).toContain('Kept-App')
    const one = await call('GET', '/v0.1/apps/demo-user/Kept-App', { token })
    expect(one.json).toMatchObject({ display_name: 'Kept App' })
  })

  it('follows a rename: the new name works and the old one is gone', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    await call('PATCH', '/v0.1/apps/demo-user/hello-ios', {
      token,
      body: { name: 'hello-iphone' },
    })
    expect(
      (await call('GET', '/v0.1/apps/demo-user/hello-iphone', { token }))
        .status,
    ).toBe(200)
    expect(
      (await call('GET', '/v0.1/apps/demo-user/hello-ios', { token })).status,
    ).toBe(404)
  })

  it('reset() restores the seed and keeps the demo token values', async () => {
    const { sandbox, call, tokens } = setupSandbox()
    const token = tokens.userFull
    await call('POST', '/v0.1/apps', { token, body: NEW_APP })
    await call('PATCH', '/v0.1/user', {
      token,
      body: { display_name: 'Changed' },
    })
    const before = sandbox.demo()

    sandbox.reset()

    expect(sandbox.demo()).toEqual(before)
    const user = await call('GET', '/v0.1/user', { token })
    expect(user.json).toMatchObject({ display_name: 'Demo User' })
    expect(
      (await call('GET', '/v0.1/apps/demo-user/Kept-App', { token })).status,
    ).toBe(404)
  })

  it('POST /_sandbox/reset brings back a revoked demo token', async () => {
    const { call, tokens } = setupSandbox()
    await call(
      'DELETE',
      '/v0.1/api_tokens/70ce0000-0000-4000-8000-000000000002',
      {
        token: tokens.userFull,
      },
    )
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userReadOnly })).status,
    ).toBe(401)
    const reset = await call('POST', '/_sandbox/reset')
    expect(reset.status).toBe(200)
    expect(
      (await call('GET', '/v0.1/user', { token: tokens.userReadOnly })).status,
    ).toBe(200)
  })

  it('forgets tokens created since the last reset', async () => {
    const { sandbox, call, tokens } = setupSandbox()
    const created = (
      await call('POST', '/v0.1/api_tokens', {
        token: tokens.userFull,
        body: {},
      })
    ).json as { api_token: string }
    sandbox.reset()
    expect(
      (await call('GET', '/v0.1/user', { token: created.api_token })).status,
    ).toBe(401)
  })

  it('gives separate sandboxes separate state but the same demo tokens', async () => {
    const a = setupSandbox()
    const b = setupSandbox()
    await a.call('POST', '/v0.1/apps', {
      token: a.tokens.userFull,
      body: NEW_APP,
    })
    expect(
      (
        await b.call('GET', '/v0.1/apps/demo-user/Kept-App', {
          token: b.tokens.userFull,
        })
      ).status,
    ).toBe(404)
    expect(a.tokens).toEqual(b.tokens)
  })
})
