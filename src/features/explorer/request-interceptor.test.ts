import { describe, expect, it } from 'vitest'
import {
  bindRequestToTarget,
  type BindingContext,
  type SwaggerRequest,
} from './request-interceptor'

const TOKEN = 'a'.repeat(40)
const sandbox: BindingContext = {
  pageHref: 'http://localhost:4173/',
  targetKind: 'sandbox',
  targetBaseUrl: 'http://localhost:4173/sandbox',
  descriptionBases: [
    'http://localhost:4173/sandbox',
    'https://api.appcenter.ms',
  ],
  token: TOKEN,
  basic: null,
}

function bind(
  request: Partial<SwaggerRequest>,
  context: Partial<BindingContext> = {},
) {
  return bindRequestToTarget(
    { url: '', method: 'GET', headers: {}, ...request },
    { ...sandbox, ...context },
  )
}

describe('bindRequestToTarget', () => {
  it('adds the token to a request for the target', () => {
    const { request, notice } = bind({
      url: 'http://localhost:4173/sandbox/v0.1/user',
    })
    expect(request.url).toBe('http://localhost:4173/sandbox/v0.1/user')
    expect(request.headers).toEqual({ 'X-API-Token': TOKEN })
    expect(request.credentials).toBe('omit')
    expect(notice).toBeNull()
  })

  it('re-bases a request for another declared server onto the target', () => {
    const { request } = bind({
      url: 'https://api.appcenter.ms/v0.1/apps?$orderBy=name',
    })
    expect(request.url).toBe(
      'http://localhost:4173/sandbox/v0.1/apps?$orderBy=name',
    )
    expect(request.headers?.['X-API-Token']).toBe(TOKEN)
  })

  it('re-bases onto a production target', () => {
    const { request } = bind(
      { url: 'http://localhost:4173/sandbox/v0.1/user' },
      { targetKind: 'production', targetBaseUrl: 'https://api.appcenter.ms' },
    )
    expect(request.url).toBe('https://api.appcenter.ms/v0.1/user')
    expect(request.headers?.['X-API-Token']).toBe(TOKEN)
  })

  it('re-bases a relative URL resolved against the page', () => {
    const { request } = bind({ url: '/sandbox/v0.1/orgs' })
    expect(request.url).toBe('http://localhost:4173/sandbox/v0.1/orgs')
  })

  it('re-bases whatever host a hostile description declares onto the target', () => {
    const { request, notice } = bind(
      { url: 'https://evil.example/api/v0.1/user' },
      { descriptionBases: ['https://evil.example/api'] },
    )
    expect(request.url).toBe('http://localhost:4173/sandbox/v0.1/user')
    expect(request.headers?.['X-API-Token']).toBe(TOKEN)
    expect(notice).toBeNull()
  })

  it('does not treat a longer host name as under a base', () => {
    const { request } = bind({
      url: 'https://api.appcenter.ms.evil.example/v0.1/user',
    })
    expect(request.url).toBe('https://api.appcenter.ms.evil.example/v0.1/user')
    expect(request.headers).toEqual({})
  })

  it.each([
    ['an operation-level server', 'https://ops.example.com/v0.1/user'],
    ['an edited server variable', 'https://attacker.example.com/v2/v0.1/user'],
    ['an absolute URL', 'http://127.0.0.1:9999/collect'],
    ['a protocol-relative URL', '//evil.example/steal'],
  ])('sends %s without the token and says why', (_, url) => {
    const { request, notice } = bind({
      url,
      headers: {
        'X-API-Token': TOKEN,
        'x-api-token': TOKEN,
        Accept: 'application/json',
      },
    })
    expect(new URL(request.url).origin).not.toBe('http://localhost:4173')
    expect(request.headers).toEqual({ Accept: 'application/json' })
    expect(notice).toMatch(
      /sent without your credentials: it goes to .*, and your token is only for http:\/\/localhost:4173 \(Sandbox\)/,
    )
  })

  it('removes the token from the query string of a request that leaves the target', () => {
    const { request } = bind({
      url: `https://ops.example.com/x?api_key=${TOKEN}&keep=1`,
    })
    expect(request.url).toBe('https://ops.example.com/x?keep=1')
  })

  it('keeps the same path on a different port from counting as the target', () => {
    const { request } = bind({ url: 'http://localhost:4174/sandbox/v0.1/user' })
    expect(request.headers).toEqual({})
  })

  it('replaces a stale token header with the current token', () => {
    const { request } = bind({
      url: 'http://localhost:4173/sandbox/v0.1/user',
      headers: { 'x-api-token': 'old' },
    })
    expect(request.headers).toEqual({ 'X-API-Token': TOKEN })
  })

  it('sends no token header when logged out, and no notice', () => {
    const { request, notice } = bind(
      { url: 'https://ops.example.com/x', headers: { 'X-API-Token': 'stale' } },
      { token: null },
    )
    expect(request.headers).toEqual({})
    expect(notice).toBeNull()
  })

  it('puts Basic credentials only on requests that asked for them, and only to the target', () => {
    const basic = { username: 'demo-user', password: 'pw' }
    const asked = bind(
      {
        url: '/sandbox/v0.1/api_tokens',
        headers: { Authorization: 'Basic stale' },
      },
      { basic },
    )
    expect(asked.request.headers?.Authorization).toBe(
      `Basic ${btoa('demo-user:pw')}`,
    )
    const notAsked = bind({ url: '/sandbox/v0.1/user' }, { basic })
    expect(notAsked.request.headers?.Authorization).toBeUndefined()
    const elsewhere = bind(
      {
        url: 'https://ops.example.com/x',
        headers: { Authorization: 'Basic x' },
      },
      { basic },
    )
    expect(elsewhere.request.headers?.Authorization).toBeUndefined()
  })

  it('refuses to fetch a $ref on another origin, and says so', () => {
    const { blocked, notice } = bind({
      url: 'https://evil.example/schemas.json',
      loadSpec: true,
    })
    expect(blocked).toBe(true)
    expect(notice).toMatch(
      /https:\/\/evil\.example\/schemas\.json \(\$ref on another site\)\. It was not fetched/,
    )
  })

  it('does not follow redirects from a call that carries credentials', () => {
    const { request } = bind({ url: '/sandbox/v0.1/user' })
    expect(request.redirect).toBe('manual')
  })

  it('never sends credentials when fetching a description or a $ref', () => {
    const { request } = bind({
      url: 'http://localhost:4173/sandbox/schemas.json',
      loadSpec: true,
      headers: { 'X-API-Token': TOKEN },
    })
    expect(request.headers).toEqual({})
    expect(request.url).toBe('http://localhost:4173/sandbox/schemas.json')
  })

  it.each(['POST', 'PUT', 'PATCH', 'post'])(
    'sends {} for a %s without a body, and says so',
    (method) => {
      const { request, notice } = bind({ url: '/sandbox/v0.1/apps', method })
      expect(request.body).toBe('{}')
      expect(request.headers?.['Content-Type']).toBe('application/json')
      expect(notice).toMatch(/411 Length Required/)
    },
  )

  it('keeps a body that was given, and its content type', () => {
    const body = '{"display_name":"x"}'
    const { request, notice } = bind({
      url: '/sandbox/v0.1/user',
      method: 'PATCH',
      body,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
    expect(request.body).toBe(body)
    expect(request.headers?.['Content-Type']).toBeUndefined()
    expect(notice).toBeNull()
  })

  it.each(['GET', 'DELETE'])('adds no body to a %s', (method) => {
    const { request } = bind({ url: '/sandbox/v0.1/apps/a/b', method })
    expect(request.body).toBeUndefined()
  })
})
