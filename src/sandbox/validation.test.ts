import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

const APP = { display_name: 'Valid App', os: 'iOS', platform: 'Xamarin' }
const HELLO = '/v0.1/apps/demo-user/hello-android'

// Each case: method, path, body, and the field the message must name.
const cases: [string, string, string, unknown, string][] = [
  [
    'missing required field',
    'POST',
    '/v0.1/apps',
    { os: 'iOS', platform: 'UWP' },
    'display_name',
  ],
  [
    'missing os',
    'POST',
    '/v0.1/apps',
    { display_name: 'A', platform: 'UWP' },
    'os',
  ],
  [
    'wrong type',
    'POST',
    '/v0.1/apps',
    { ...APP, display_name: 42 },
    'display_name',
  ],
  [
    'unknown enum value',
    'POST',
    '/v0.1/apps',
    { ...APP, platform: 'Flutter' },
    'platform',
  ],
  [
    'unknown os for an org app',
    'POST',
    '/v0.1/orgs/contoso/apps',
    { ...APP, os: 'Symbian' },
    'os',
  ],
  [
    'bad app name',
    'POST',
    '/v0.1/apps',
    { ...APP, name: 'has spaces' },
    'name',
  ],
  [
    'bad release type',
    'POST',
    '/v0.1/apps',
    { ...APP, release_type: 'beta two' },
    'release_type',
  ],
  [
    'empty display name',
    'PATCH',
    '/v0.1/user',
    { display_name: '  ' },
    'display_name',
  ],
  [
    'wrong type on patch',
    'PATCH',
    HELLO,
    { description: ['x'] },
    'description',
  ],
  [
    'bad icon url',
    'PATCH',
    HELLO,
    { icon_url: 'javascript:alert(1)' },
    'icon_url',
  ],
  [
    'bad icon asset id',
    'PATCH',
    HELLO,
    { icon_asset_id: 'nope' },
    'icon_asset_id',
  ],
  [
    'malformed email',
    'PATCH',
    `${HELLO}/users/not-an-email`,
    { permissions: ['viewer'] },
    'user_email',
  ],
  [
    'missing permissions',
    'PATCH',
    `${HELLO}/users/ana@example.com`,
    {},
    'permissions',
  ],
  [
    'tester cannot be granted',
    'PATCH',
    `${HELLO}/users/ana@example.com`,
    { permissions: ['tester'] },
    'permissions',
  ],
  [
    'two roles at once',
    'PATCH',
    `${HELLO}/users/ana@example.com`,
    { permissions: ['viewer', 'developer'] },
    'permissions',
  ],
  ['unknown scope', 'POST', '/v0.1/api_tokens', { scope: ['admin'] }, 'scope'],
  [
    'scope not an array',
    'POST',
    '/v0.1/api_tokens',
    { scope: 'viewer' },
    'scope',
  ],
  [
    'token id not a UUID',
    'DELETE',
    '/v0.1/api_tokens/not-a-uuid',
    undefined,
    'api_token_id',
  ],
  [
    'unknown $orderBy',
    'GET',
    '/v0.1/apps?$orderBy=owner',
    undefined,
    '$orderBy',
  ],
]

describe('input validation', () => {
  it.each(cases)(
    'answers 400 naming the field for a %s',
    async (_label, method, path, body, field) => {
      const { call, tokens } = setupSandbox()
      const result = await call(method, path, { token: tokens.userFull, body })
      expect(result.status).toBe(400)
      expect(errorOf(result).code).toBe('BadRequest')
      expect(errorOf(result).message).toContain(`"${field}"`)
    },
  )

  it('creates nothing when validation fails', async () => {
    const { call, tokens } = setupSandbox()
    await call('POST', '/v0.1/apps', {
      token: tokens.userFull,
      body: { ...APP, name: 'ok-name', platform: 'Flutter' },
    })
    const got = await call('GET', '/v0.1/apps/demo-user/ok-name', {
      token: tokens.userFull,
    })
    expect(got.status).toBe(404)
  })

  it('applies no part of a patch with one bad field', async () => {
    const { call, tokens } = setupSandbox()
    await call('PATCH', HELLO, {
      token: tokens.userFull,
      body: { display_name: 'Renamed', release_type: 'not valid' },
    })
    const app = await call('GET', HELLO, { token: tokens.userFull })
    expect(app.json).toMatchObject({ display_name: 'Hello Android' })
  })

  it('derives name from display_name when none is given', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('POST', '/v0.1/apps', {
      token: tokens.userFull,
      body: { ...APP, display_name: 'My Shiny App!' },
    })
    expect(result.status).toBe(201)
    expect(result.json).toMatchObject({ name: 'My-Shiny-App' })
  })
})
