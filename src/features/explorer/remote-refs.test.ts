import { describe, expect, it } from 'vitest'
import { bindRequestToTarget } from './request-interceptor'
import { remoteRefs, withAllowedRefs } from './remote-refs'

const PAGE = 'http://127.0.0.1:4173/'
const spec = {
  openapi: '3.0.3',
  paths: {
    '/a': {
      get: {
        responses: {
          200: {
            content: {
              'application/json': {
                schema: { $ref: 'https://schemas.test/common.json#/Thing' },
              },
            },
          },
          404: { $ref: 'https://schemas.test/common.json#/NotFound' },
          500: { $ref: 'https://other.test/errors.yaml' },
        },
      },
    },
  },
  components: {
    schemas: {
      Local: { $ref: '#/components/schemas/Other' },
      Same: { $ref: '/shared.json#/X' },
    },
  },
}

describe('remoteRefs', () => {
  it('lists the documents on other sites by origin, once each, and leaves local ones out', () => {
    expect(remoteRefs(spec, PAGE)).toEqual([
      {
        origin: 'https://schemas.test',
        documents: ['https://schemas.test/common.json'],
      },
      {
        origin: 'https://other.test',
        documents: ['https://other.test/errors.yaml'],
      },
    ])
  })
})

describe('withAllowedRefs', () => {
  it('points allowed references where they are fetched from, keeping their pointers', () => {
    const through = `${PAGE}_explorer/fetch-description?url=${encodeURIComponent('https://schemas.test/common.json')}`
    const shown = withAllowedRefs(
      JSON.stringify(spec),
      { 'https://schemas.test/common.json': through },
      PAGE,
    )
    expect(shown).toContain(`"$ref":"${through}#/Thing"`)
    expect(shown).toContain(`"$ref":"${through}#/NotFound"`)
    expect(shown).toContain('"$ref":"https://other.test/errors.yaml"')
  })

  it('leaves the text alone when nothing is allowed', () => {
    const text = JSON.stringify(spec)
    expect(withAllowedRefs(text, {}, PAGE)).toBe(text)
  })
})

describe('bindRequestToTarget with allowed references', () => {
  const context = {
    pageHref: PAGE,
    targetKind: 'sandbox' as const,
    targetBaseUrl: `${PAGE}sandbox`,
    descriptionBases: [],
    token: 'secret-token-value',
    basic: null,
  }

  it('fetches an allowed document from where it was allowed, without credentials', () => {
    const outcome = bindRequestToTarget(
      {
        url: 'https://other.test/errors.yaml',
        loadSpec: true,
        headers: { 'X-API-Token': 'secret-token-value' },
      },
      {
        ...context,
        allowedRefUrl: (url) =>
          url === 'https://other.test/errors.yaml' ? url : null,
      },
    )
    expect(outcome.blocked).toBeUndefined()
    expect(outcome.request.url).toBe('https://other.test/errors.yaml')
    expect(outcome.request.headers).toEqual({})
    expect(outcome.request.credentials).toBe('omit')
  })

  it('still blocks one that was not allowed', () => {
    const outcome = bindRequestToTarget(
      { url: 'https://schemas.test/common.json', loadSpec: true },
      { ...context, allowedRefUrl: () => null },
    )
    expect(outcome.blocked).toBe(true)
  })
})
