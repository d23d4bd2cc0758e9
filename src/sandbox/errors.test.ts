import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { setupSandbox } from './testing/sandbox-client.ts'

describe('error handling', () => {
  it('answers an internal failure with a generic 500 body and no stack trace', async () => {
    const logged: unknown[] = []
    const sandbox = createSandbox({
      logError: (error) => logged.push(error),
      // The clock is read while handling a request; make it fail there.
      clock: () => {
        throw new Error('disk on fire in /srv/secret/path.ts:12')
      },
    })
    const token = sandbox.demo().tokens[0]?.value ?? ''
    const response = await sandbox.fetch(
      new Request('http://localhost/sandbox/v0.1/user', {
        headers: { 'X-API-Token': token },
      }),
    )
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    )
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({
      error: { code: 'InternalServerError', message: expect.any(String) },
    })
    expect(text).not.toMatch(/disk on fire|secret|\.ts:\d|\bat \S+ \(/)
    expect(logged).toHaveLength(1)
  })

  it('keeps serving after an internal failure', async () => {
    let broken = true
    const sandbox = createSandbox({
      logError: () => {},
      clock: () => {
        if (broken) throw new Error('boom')
        return Date.now()
      },
    })
    const token = sandbox.demo().tokens[0]?.value ?? ''
    const request = () =>
      new Request('http://localhost/sandbox/v0.1/user', {
        headers: { 'X-API-Token': token },
      })
    expect((await sandbox.fetch(request())).status).toBe(500)
    broken = false
    expect((await sandbox.fetch(request())).status).toBe(200)
  })

  it('sends JSON with charset=utf-8 on success and on errors', async () => {
    const { call, tokens } = setupSandbox()
    for (const result of [
      await call('GET', '/v0.1/user', { token: tokens.userFull }),
      await call('GET', '/v0.1/user'),
      await call('GET', '/v0.1/nope'),
    ]) {
      expect(result.headers.get('content-type')).toBe(
        'application/json; charset=utf-8',
      )
    }
  })

  it('answers deletes with 204 and no body', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('DELETE', '/v0.1/apps/demo-user/hello-ios', {
      token: tokens.userFull,
    })
    expect(result.status).toBe(204)
    expect(result.text).toBe('')
  })
})
