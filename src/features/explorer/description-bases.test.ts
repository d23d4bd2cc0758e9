import { describe, expect, it } from 'vitest'
import { descriptionBaseUrls } from './description-bases'

const page = 'http://localhost:4173/?url=x#/Tag/op'

describe('descriptionBaseUrls', () => {
  it('resolves relative and absolute OpenAPI servers against the page', () => {
    expect(
      descriptionBaseUrls(
        {
          openapi: '3.0.3',
          servers: [{ url: '/sandbox' }, { url: 'https://api.appcenter.ms/' }],
        },
        page,
      ),
    ).toEqual(['http://localhost:4173/sandbox', 'https://api.appcenter.ms'])
  })

  it('fills server variables with their defaults', () => {
    const bases = descriptionBaseUrls(
      {
        openapi: '3.1.0',
        servers: [
          {
            url: 'https://{region}.example.com/{v}',
            variables: { region: { default: 'eu' }, v: { default: 'v2' } },
          },
        ],
      },
      page,
    )
    expect(bases).toEqual(['https://eu.example.com/v2'])
  })

  it('uses the page origin when an OpenAPI description names no server', () => {
    expect(descriptionBaseUrls({ openapi: '3.0.0' }, page)).toEqual([
      'http://localhost:4173',
    ])
  })

  it('builds Swagger 2.0 bases from schemes, host and basePath', () => {
    expect(
      descriptionBaseUrls(
        {
          swagger: '2.0',
          schemes: ['https', 'http'],
          host: 'api.example.com',
          basePath: '/v1',
        },
        page,
      ),
    ).toEqual(['https://api.example.com/v1', 'http://api.example.com/v1'])
  })

  it('falls back to the page for a Swagger 2.0 description without host or schemes', () => {
    expect(descriptionBaseUrls({ swagger: '2.0' }, page)).toEqual([
      'http://localhost:4173',
    ])
  })
})
