import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasDotSegment, isSandboxPath } from './node-adapter.ts'
import { startSandboxServer, type RunningSandbox } from './server.ts'

describe('isSandboxPath', () => {
  it.each([
    ['/sandbox', true],
    ['/sandbox/', true],
    ['/sandbox/v0.1/user', true],
    ['/sandbox?x=1', true],
    ['/sandboxes', false],
    ['/', false],
    ['/src/sandbox/app.ts', false],
    [undefined, false],
  ])('says %s is %s', (url, expected) => {
    expect(isSandboxPath(url)).toBe(expected)
  })
})

describe('hasDotSegment', () => {
  it.each([
    ['/sandbox/v0.1/apps/../user', true],
    ['/sandbox/v0.1/apps/%2e%2E/user', true],
    ['/sandbox/./v0.1/user', true],
    ['/sandbox/v0.1/apps/demo-user/..', true],
    ['/sandbox/v0.1/apps/..%2Fuser/x', false],
    ['/sandbox/v0.1/apps/a..b/x', false],
    ['/sandbox/v0.1/user?next=../x', false],
  ])('says %s is %s', (url, expected) => {
    expect(hasDotSegment(url)).toBe(expected)
  })
})

// One real server on an ephemeral loopback port: only a raw HTTP request can
// carry ".." segments past the URL parser, so this is where they are tested.
describe('the standalone server', () => {
  let running: RunningSandbox
  beforeAll(async () => {
    running = await startSandboxServer({ port: 0, maxBodyBytes: 100 })
  })
  afterAll(async () => {
    await running.close()
  })

  function rawGet(path: string, token: string) {
    const { port, hostname } = new URL(running.baseUrl)
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: hostname, port, path, headers: { 'X-API-Token': token } },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        },
      )
      req.on('error', reject)
      req.end()
    })
  }

  it('serves the handler under /sandbox on loopback', async () => {
    expect(running.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox$/)
    const token = running.sandbox.demo().tokens[0]?.value ?? ''
    const result = await rawGet('/sandbox/v0.1/user', token)
    expect(result.status).toBe(200)
    expect(JSON.parse(result.body)).toMatchObject({ name: 'demo-user' })
  })

  it('does not let ".." segments route a request to another operation', async () => {
    const token = running.sandbox.demo().tokens[0]?.value ?? ''
    const result = await rawGet('/sandbox/v0.1/apps/../user', token)
    expect(result.status).toBe(404)
    expect(JSON.parse(result.body)).toMatchObject({
      error: { code: 'NotFound' },
    })
  })

  // Bodies with a Content-Length are read in one go and chunked ones as
  // they arrive; both ways must keep the size cap.
  function rawSend(
    path: string,
    token: string,
    chunks: string[],
    headers: Record<string, string> = {},
  ) {
    const { port, hostname } = new URL(running.baseUrl)
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: hostname,
          port,
          path,
          method: 'PATCH',
          headers: {
            'X-API-Token': token,
            'Content-Type': 'application/json',
            ...headers,
          },
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        },
      )
      req.on('error', reject)
      for (const chunk of chunks) req.write(chunk)
      req.end()
    })
  }

  it('reads a body sent with Content-Length', async () => {
    const token = running.sandbox.demo().tokens[0]?.value ?? ''
    const body = JSON.stringify({ display_name: 'Length Known' })
    const result = await rawSend('/sandbox/v0.1/user', token, [body], {
      'Content-Length': String(Buffer.byteLength(body)),
    })
    expect(result.status).toBe(200)
    expect(JSON.parse(result.body)).toMatchObject({
      display_name: 'Length Known',
    })
  })

  it('reads a chunked body within the cap', async () => {
    const token = running.sandbox.demo().tokens[0]?.value ?? ''
    const result = await rawSend('/sandbox/v0.1/user', token, [
      '{"display_name":',
      '"Chunked"}',
    ])
    expect(result.status).toBe(200)
    expect(JSON.parse(result.body)).toMatchObject({ display_name: 'Chunked' })
  })

  it('answers 413 for a Content-Length over the cap and for a chunked body that grows past it', async () => {
    const token = running.sandbox.demo().tokens[0]?.value ?? ''
    const big = JSON.stringify({ display_name: 'x'.repeat(200) })
    const declared = await rawSend('/sandbox/v0.1/user', token, [big], {
      'Content-Length': String(big.length),
    })
    expect(declared.status).toBe(413)
    const chunked = await rawSend('/sandbox/v0.1/user', token, [
      big.slice(0, 60),
      big.slice(60, 120),
      big.slice(120),
    ])
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.body)).toMatchObject({
      error: { code: 'PayloadTooLarge' },
    })
  })
})
