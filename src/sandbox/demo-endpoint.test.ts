import { describe, expect, it } from 'vitest'
import { setupSandbox } from './testing/sandbox-client.ts'

interface Demo {
  basic: { username: string; password: string }
  tokens: {
    value: string
    kind: string
    access: string
    app?: { owner_name: string; app_name: string }
    description: string
  }[]
}

describe('GET /sandbox/_sandbox/demo', () => {
  it('needs no token and lists Basic credentials and one token of each kind', async () => {
    const { call } = setupSandbox()
    const result = await call('GET', '/_sandbox/demo')
    expect(result.status).toBe(200)
    const demo = result.json as Demo
    expect(demo.basic.username).toBe('demo-user')
    expect(demo.basic.password.length).toBeGreaterThanOrEqual(12)
    expect(demo.tokens.map((t) => `${t.kind}/${t.access}`).sort()).toEqual([
      'app/full',
      'app/read_only',
      'user/full',
      'user/read_only',
    ])
    for (const token of demo.tokens) {
      expect(token.value).toMatch(/^[0-9a-f]{40}$/)
      expect(token.description).not.toBe('')
      if (token.kind === 'app') {
        expect(token.app).toEqual({
          owner_name: 'demo-user',
          app_name: 'hello-android',
        })
      } else {
        expect(token).not.toHaveProperty('app')
      }
    }
  })

  it('lists tokens that actually work as described', async () => {
    const { call } = setupSandbox()
    const demo = (await call('GET', '/_sandbox/demo')).json as Demo
    for (const token of demo.tokens) {
      const path = token.app
        ? `/v0.1/apps/${token.app.owner_name}/${token.app.app_name}`
        : '/v0.1/user'
      const read = await call('GET', path, { token: token.value })
      expect(read.status, token.description).toBe(200)
      const write = await call('PATCH', path, { token: token.value, body: {} })
      expect(write.status, token.description).toBe(
        token.access === 'full' ? 200 : 403,
      )
    }
  })

  it('follows a rename of the demo app', async () => {
    const { call, tokens } = setupSandbox()
    await call('PATCH', '/v0.1/apps/demo-user/hello-android', {
      token: tokens.userFull,
      body: { name: 'hello-droid' },
    })
    const demo = (await call('GET', '/_sandbox/demo')).json as Demo
    expect(demo.tokens.find((t) => t.kind === 'app')?.app?.app_name).toBe(
      'hello-droid',
    )
  })

  it('answers other /_sandbox/ paths like any unknown path: 401, then 404', async () => {
    const { call, tokens } = setupSandbox()
    expect((await call('GET', '/_sandbox/secrets')).status).toBe(401)
    const result = await call('GET', '/_sandbox/secrets', {
      token: tokens.userFull,
    })
    expect(result.status).toBe(404)
  })
})
