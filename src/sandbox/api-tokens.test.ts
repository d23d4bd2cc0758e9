import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

interface Created {
  id: string
  api_token: string
  scope: string[]
}

const HELLO_TOKENS = '/v0.1/apps/demo-user/hello-android/api_tokens'

describe('API tokens', () => {
  it('show the value once, in the create response, as 40 lowercase hex', async () => {
    const { call, tokens } = setupSandbox()
    const created = await call('POST', '/v0.1/api_tokens', {
      token: tokens.userFull,
      body: { description: 'CI', scope: ['viewer'] },
    })
    expect(created.status).toBe(201)
    const { id, api_token } = created.json as Created
    expect(api_token).toMatch(/^[0-9a-f]{40}$/)

    const list = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    expect(list.text).not.toContain(api_token)
    expect(list.json).toContainEqual(
      expect.objectContaining({ id, description: 'CI', scope: ['viewer'] }),
    )
    for (const item of list.json as object[]) {
      expect(item).not.toHaveProperty('api_token')
    }
  })

  it('never show demo token values in lists', async () => {
    const { call, tokens } = setupSandbox()
    const users = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    const apps = await call('GET', HELLO_TOKENS, { token: tokens.userFull })
    for (const value of Object.values(tokens)) {
      expect(users.text).not.toContain(value)
      expect(apps.text).not.toContain(value)
    }
  })

  it('make a created read-only token read-only', async () => {
    const { call, tokens } = setupSandbox()
    const created = (
      await call('POST', '/v0.1/api_tokens', {
        token: tokens.userFull,
        body: { scope: ['viewer'] },
      })
    ).json as Created
    const token = created.api_token
    expect((await call('GET', '/v0.1/user', { token })).status).toBe(200)
    const write = await call('PATCH', '/v0.1/user', { token, body: {} })
    expect(write.status).toBe(403)
  })

  it('revoke an app token so its next call gets 401', async () => {
    const { call, tokens } = setupSandbox()
    const created = (
      await call('POST', HELLO_TOKENS, { token: tokens.userFull, body: {} })
    ).json as Created
    const appPath = '/v0.1/apps/demo-user/hello-android'
    expect(
      (await call('GET', appPath, { token: created.api_token })).status,
    ).toBe(200)
    const deleted = await call('DELETE', `${HELLO_TOKENS}/${created.id}`, {
      token: tokens.userFull,
    })
    expect(deleted.status).toBe(204)
    expect(
      (await call('GET', appPath, { token: created.api_token })).status,
    ).toBe(401)
  })

  it('let a token revoke itself, and that call still succeeds', async () => {
    const { call, tokens } = setupSandbox()
    const created = (
      await call('POST', '/v0.1/api_tokens', {
        token: tokens.userFull,
        body: {},
      })
    ).json as Created
    const self = await call('DELETE', `/v0.1/api_tokens/${created.id}`, {
      token: created.api_token,
    })
    expect(self.status).toBe(204)
    expect(
      (await call('GET', '/v0.1/user', { token: created.api_token })).status,
    ).toBe(401)
  })

  it('answer 404 for an unknown token id, and for an app token id on the user route (which survives)', async () => {
    const { call, tokens } = setupSandbox()
    const unknown = await call(
      'DELETE',
      '/v0.1/api_tokens/00000000-0000-4000-8000-000000000000',
      { token: tokens.userFull },
    )
    expect(unknown.status).toBe(404)
    const appTokenId = '70ce0000-0000-4000-8000-000000000003'
    const wrongRoute = await call('DELETE', `/v0.1/api_tokens/${appTokenId}`, {
      token: tokens.userFull,
    })
    expect(wrongRoute.status).toBe(404)
    expect(
      (await call('GET', '/v0.1/apps', { token: tokens.appFull })).status,
    ).toBe(200)
  })

  it('revoke the tokens of an app when the app is deleted', async () => {
    const { call, tokens } = setupSandbox()
    const deleted = await call('DELETE', '/v0.1/apps/demo-user/hello-android', {
      token: tokens.userFull,
    })
    expect(deleted.status).toBe(204)
    const result = await call('GET', '/v0.1/apps', { token: tokens.appFull })
    expect(result.status).toBe(401)
  })
})

describe('the token cap', () => {
  async function fill(cap: number) {
    const sandbox = setupSandbox({ maxTokensPerAccount: cap })
    const existing = (
      (
        await sandbox.call('GET', '/v0.1/api_tokens', {
          token: sandbox.tokens.userFull,
        })
      ).json as unknown[]
    ).length
    return { ...sandbox, existing }
  }

  it('refuses the token past the cap with 400 and creates nothing', async () => {
    const { call, tokens, existing } = await fill(6)
    for (let i = existing; i < 6; i += 1) {
      const ok = await call('POST', '/v0.1/api_tokens', {
        token: tokens.userFull,
        body: {},
      })
      expect(ok.status).toBe(201)
    }
    const over = await call('POST', '/v0.1/api_tokens', {
      token: tokens.userFull,
      body: { description: 'one too many' },
    })
    expect(over.status).toBe(400)
    expect(errorOf(over).message).toMatch(/already has 6 API tokens/)
    const list = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    expect(list.json).toHaveLength(6)
    expect(list.text).not.toContain('one too many')
  })

  // 5000 requests through the fetch handler take a while on a busy machine.
  it('is exactly 5000 by default', async () => {
    const { call, tokens } = setupSandbox()
    const existing = (
      (await call('GET', '/v0.1/api_tokens', { token: tokens.userFull }))
        .json as unknown[]
    ).length
    const results = await Promise.all(
      Array.from({ length: 5001 - existing }, () =>
        call('POST', '/v0.1/api_tokens', { token: tokens.userFull, body: {} }),
      ),
    )
    const created = results.filter((r) => r.status === 201).length
    expect(created).toBe(5000 - existing)
    expect(results.filter((r) => r.status === 400)).toHaveLength(1)
    const list = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    expect(list.json).toHaveLength(5000)
  }, 60_000)

  it('counts app tokens per app, apart from user tokens', async () => {
    const { call, tokens } = setupSandbox({ maxTokensPerAccount: 3 })
    // hello-android holds 2 demo app tokens; hello-ios holds none.
    const android = await call('POST', HELLO_TOKENS, {
      token: tokens.userFull,
      body: {},
    })
    expect(android.status).toBe(201)
    const full = await call('POST', HELLO_TOKENS, {
      token: tokens.userFull,
      body: {},
    })
    expect(full.status).toBe(400)
    expect(errorOf(full).message).toMatch(/This app already has 3/)
    const ios = await call(
      'POST',
      '/v0.1/apps/demo-user/hello-ios/api_tokens',
      {
        token: tokens.userFull,
        body: {},
      },
    )
    expect(ios.status).toBe(201)
  })

  it('holds under N parallel creates: exactly the free slots succeed', async () => {
    const { call, tokens, existing } = await fill(20)
    const attempts = 50
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        call('POST', '/v0.1/api_tokens', {
          token: tokens.userFull,
          body: { description: `parallel ${i}` },
        }),
      ),
    )
    const ok = results.filter((r) => r.status === 201)
    expect(ok).toHaveLength(20 - existing)
    expect(results.filter((r) => r.status === 400)).toHaveLength(
      attempts - (20 - existing),
    )
    const ids = new Set(ok.map((r) => (r.json as Created).id))
    expect(ids.size).toBe(ok.length)
    const list = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    expect(list.json).toHaveLength(20)
  })
})

describe('parallel token traffic', () => {
  it('makes exactly N tokens for N parallel creates', async () => {
    const { call, tokens } = setupSandbox()
    const before = (
      (await call('GET', '/v0.1/api_tokens', { token: tokens.userFull }))
        .json as unknown[]
    ).length
    const n = 40
    const results = await Promise.all(
      Array.from({ length: n }, () =>
        call('POST', '/v0.1/api_tokens', { token: tokens.userFull, body: {} }),
      ),
    )
    expect(results.every((r) => r.status === 201)).toBe(true)
    const values = new Set(results.map((r) => (r.json as Created).api_token))
    expect(values.size).toBe(n)
    const after = await call('GET', '/v0.1/api_tokens', {
      token: tokens.userFull,
    })
    expect(after.json).toHaveLength(before + n)
  })

  it('stays consistent when creates and revokes run together', async () => {
    const { call, tokens } = setupSandbox()
    const first = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', '/v0.1/api_tokens', { token: tokens.userFull, body: {} }),
      ),
    )
    const doomed = first.map((r) => r.json as Created)

    const [revokes, creates] = await Promise.all([
      Promise.all(
        doomed.map((t) =>
          call('DELETE', `/v0.1/api_tokens/${t.id}`, {
            token: tokens.userFull,
          }),
        ),
      ),
      Promise.all(
        Array.from({ length: 10 }, () =>
          call('POST', '/v0.1/api_tokens', {
            token: tokens.userFull,
            body: {},
          }),
        ),
      ),
    ])
    expect(revokes.every((r) => r.status === 204)).toBe(true)
    expect(creates.every((r) => r.status === 201)).toBe(true)

    const list = (
      await call('GET', '/v0.1/api_tokens', { token: tokens.userFull })
    ).json as { id: string }[]
    const listed = new Set(list.map((t) => t.id))
    for (const t of doomed) {
      expect(listed.has(t.id)).toBe(false)
      expect(
        (await call('GET', '/v0.1/user', { token: t.api_token })).status,
      ).toBe(401)
    }
    for (const r of creates) {
      const t = r.json as Created
      expect(listed.has(t.id)).toBe(true)
      expect(
        (await call('GET', '/v0.1/user', { token: t.api_token })).status,
      ).toBe(200)
    }
  })

  it('refuses a create whose token is revoked while its body arrives', async () => {
    const { sandbox, call, tokens } = setupSandbox()
    const victim = (
      await call('POST', '/v0.1/api_tokens', {
        token: tokens.userFull,
        body: {},
      })
    ).json as Created
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await gate
        controller.enqueue(new TextEncoder().encode('{}'))
        controller.close()
      },
    })
    const pending = sandbox.fetch(
      new Request('http://localhost/sandbox/v0.1/api_tokens', {
        method: 'POST',
        headers: { 'X-API-Token': victim.api_token },
        body,
        duplex: 'half',
      } as RequestInit),
    )
    const revoked = await call('DELETE', `/v0.1/api_tokens/${victim.id}`, {
      token: tokens.userFull,
    })
    expect(revoked.status).toBe(204)
    release()
    expect((await pending).status).toBe(401)
  })
})
