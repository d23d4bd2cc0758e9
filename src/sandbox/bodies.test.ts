import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

describe('request bodies', () => {
  it.each([
    ['PATCH', '/v0.1/user'],
    ['POST', '/v0.1/apps'],
    ['POST', '/v0.1/api_tokens'],
    ['PATCH', '/v0.1/apps/demo-user/hello-android'],
  ])(
    'answer 411 LengthRequired for %s %s without a body',
    async (method, path) => {
      const { call, tokens } = setupSandbox()
      const result = await call(method, path, { token: tokens.userFull })
      expect(result.status).toBe(411)
      expect(errorOf(result).code).toBe('LengthRequired')
      expect(errorOf(result).message).toContain('{}')
    },
  )

  it('answer 411 for an empty body with Content-Length: 0', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: '',
      headers: { 'Content-Length': '0' },
    })
    expect(result.status).toBe(411)
  })

  it('accept an explicit {} where nothing is required', async () => {
    const { call, tokens } = setupSandbox()
    const user = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: {},
    })
    expect(user.status).toBe(200)
    expect(user.json).toMatchObject({ display_name: 'Demo User' })
    const token = await call('POST', '/v0.1/api_tokens', {
      token: tokens.userFull,
      body: {},
    })
    expect(token.status).toBe(201)
    expect(token.json).toMatchObject({ scope: ['all'] })
  })

  it('answer 400 naming the problem for malformed JSON', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: '{"display_name": "Ann",}',
    })
    expect(result.status).toBe(400)
    expect(errorOf(result).code).toBe('BadRequest')
    expect(errorOf(result).message).toMatch(/not valid JSON/)
  })

  it('answer 400 for JSON that is not an object', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: '["display_name"]',
    })
    expect(result.status).toBe(400)
    expect(errorOf(result).message).toMatch(/JSON object/)
  })

  it('answer 413 for a body over 1 MB by default', async () => {
    const { call, tokens } = setupSandbox()
    const big = JSON.stringify({ display_name: 'x'.repeat(1024 * 1024) })
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: big,
    })
    expect(result.status).toBe(413)
    expect(errorOf(result).code).toBe('PayloadTooLarge')
  })

  it('answer 413 for a streamed body that passes the limit without Content-Length', async () => {
    const sandbox = createSandbox({ maxBodyBytes: 100, logError: () => {} })
    const token = sandbox.demo().tokens[0]?.value ?? ''
    const chunk = new TextEncoder().encode('x'.repeat(60))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 5) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await sandbox.fetch(
      new Request('http://localhost/sandbox/v0.1/user', {
        method: 'PATCH',
        headers: { 'X-API-Token': token },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    // It stopped reading once over the limit instead of draining the stream.
    expect(sent).toBeLessThanOrEqual(3)
  })

  it('answer 413 when the body is longer than its Content-Length says and over the limit', async () => {
    const { call, tokens } = setupSandbox({ maxBodyBytes: 100 })
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body: JSON.stringify({ display_name: 'x'.repeat(200) }),
      headers: { 'Content-Length': '20' },
    })
    expect(result.status).toBe(413)
  })

  it('accept a body right at the configured limit', async () => {
    const body = JSON.stringify({ display_name: 'Ann' })
    const { call, tokens } = setupSandbox({ maxBodyBytes: body.length })
    const result = await call('PATCH', '/v0.1/user', {
      token: tokens.userFull,
      body,
    })
    expect(result.status).toBe(200)
  })
})
