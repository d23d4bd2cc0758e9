import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { errorOf, ORIGIN, setupSandbox } from './testing/sandbox-client.ts'

function preflight(
  origin: string,
  url = 'http://127.0.0.1:4010/sandbox/v0.1/user',
) {
  return new Request(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'PATCH',
      'Access-Control-Request-Headers': 'x-api-token, content-type',
    },
  })
}

describe('CORS', () => {
  it('allows a preflight from the app origin with the auth headers', async () => {
    const sandbox = createSandbox()
    const response = await sandbox.fetch(preflight(ORIGIN))
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const header of ['X-API-Token', 'Authorization', 'Content-Type']) {
      expect(allowed).toContain(header)
    }
    expect(response.headers.get('access-control-allow-methods')).toContain(
      'PATCH',
    )
  })

  it.each([
    'http://localhost:5173',
    'http://127.0.0.1:5173',
    'http://localhost:4173',
    'http://127.0.0.1:4173',
  ])('allows %s by default', async (origin) => {
    const response = await createSandbox().fetch(preflight(origin))
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
  })

  it('refuses a preflight from another origin without CORS headers', async () => {
    const sandbox = createSandbox()
    const response = await sandbox.fetch(preflight('https://evil.example'))
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('uses a configured allow-list instead of the default', async () => {
    const sandbox = createSandbox({ allowedOrigins: ['https://docs.example'] })
    const allowed = await sandbox.fetch(preflight('https://docs.example'))
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      'https://docs.example',
    )
    const dropped = await sandbox.fetch(preflight(ORIGIN))
    expect(dropped.status).toBe(403)
  })

  it('always allows the sandbox’s own origin (the Vite plugin’s case)', async () => {
    const sandbox = createSandbox({ allowedOrigins: [] })
    const response = await sandbox.fetch(
      preflight(
        'http://localhost:5199',
        'http://localhost:5199/sandbox/v0.1/user',
      ),
    )
    expect(response.status).toBe(204)
  })

  it('labels real responses for allowed origins only', async () => {
    const { call, tokens } = setupSandbox()
    const allowed = await call('GET', '/v0.1/user', {
      token: tokens.userFull,
      headers: { Origin: ORIGIN },
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(allowed.headers.get('access-control-expose-headers')).toContain(
      'Retry-After',
    )
    const other = await call('GET', '/v0.1/user', {
      token: tokens.userFull,
      headers: { Origin: 'https://evil.example' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('labels error responses too, so the UI can read them', async () => {
    const { call } = setupSandbox()
    const result = await call('GET', '/v0.1/user', {
      headers: { Origin: ORIGIN },
    })
    expect(result.status).toBe(401)
    expect(result.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })
})

describe('host check', () => {
  it('refuses a host name that is not local (DNS rebinding)', async () => {
    const sandbox = createSandbox()
    const response = await sandbox.fetch(
      new Request('http://rebind.evil.example:4010/sandbox/_sandbox/demo'),
    )
    expect(response.status).toBe(403)
    expect(await response.text()).not.toMatch(/[0-9a-f]{40}/)
  })

  it.each(['localhost', '127.0.0.1', '[::1]', 'app.localhost'])(
    'answers on %s',
    async (host) => {
      const response = await createSandbox().fetch(
        new Request(`http://${host}:4010/sandbox/_sandbox/demo`),
      )
      expect(response.status).toBe(200)
    },
  )

  it('tells hosts apart on one sandbox, whichever it saw first', async () => {
    const sandbox = createSandbox()
    const status = async (origin: string) =>
      (await sandbox.fetch(new Request(`${origin}/sandbox/_sandbox/demo`)))
        .status
    expect(await status('http://127.0.0.1:4010')).toBe(200)
    expect(await status('http://rebind.evil.example:4010')).toBe(403)
    expect(await status('http://127.0.0.1:4010')).toBe(200)
    expect(await status('http://rebind.evil.example:4010')).toBe(403)
    expect(await status('http://localhost:4011')).toBe(200)
  })

  it('answers configured host names', async () => {
    const sandbox = createSandbox({ allowedHosts: ['explorer.test'] })
    const response = await sandbox.fetch(
      new Request('http://explorer.test/sandbox/v0.1/user'),
    )
    expect(response.status).toBe(401)
    expect(errorOf({ json: await response.json() } as never).code).toBe(
      'Unauthorized',
    )
  })
})
