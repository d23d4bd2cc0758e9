import { describe, expect, it } from 'vitest'
import type { IndexedOperation } from '@/lib/openapi/digest-description'
import {
  MATCH,
  parseQuery,
  rankOperation,
  searchFields,
} from './rank-operations'

function op(fields: Partial<IndexedOperation>): IndexedOperation {
  return {
    method: 'get',
    path: '/v0.1/user',
    summary: '',
    operationId: null,
    linkId: 'x',
    deprecated: false,
    tags: ['account'],
    ...fields,
  }
}

const rank = (text: string, operation: IndexedOperation, tag = 'account') =>
  rankOperation(parseQuery(text), searchFields(operation), tag)

describe('rankOperation', () => {
  const user = op({ operationId: 'users_get', summary: 'Who am I' })

  it('ranks the path written any way, and the operationId, as exact', () => {
    for (const text of [
      'user',
      '/v0.1/user',
      'v0.1/user/',
      'USER',
      'users_get',
    ])
      expect(rank(text, user), text).toBe(MATCH.exact)
  })

  it('takes a leading method word as the method when it is this operation’s', () => {
    expect(rank('GET /v0.1/user', user)).toBe(MATCH.exact)
    expect(rank('get user', user)).toBe(MATCH.exact)
    expect(rank('patch user', user)).toBeNull()
  })

  it('ranks paths that begin with the text next', () => {
    const invitations = op({ path: '/v0.1/user/invitations/orgs' })
    expect(rank('user', invitations)).toBe(MATCH.pathPrefix)
    expect(rank('/v0.1/user/inv', invitations)).toBe(MATCH.pathPrefix)
  })

  it('then by the weakest field a word is in: name, summary, parameter or schema names, description', () => {
    const operation = op({
      path: '/v0.1/apps/{owner_name}/{app_name}/releases',
      operationId: 'releases_list',
      summary: 'Lists releases',
      parameters: ['owner_name', 'app_name', 'published_only'],
      schemas: ['BasicReleaseDetailsResponse'],
      description: 'Return basic information about distributed builds.',
      tags: ['distribute'],
    })
    expect(rank('releases', operation, 'distribute')).toBe(MATCH.name)
    expect(rank('distribute', operation, 'distribute')).toBe(MATCH.name)
    expect(rank('lists', operation, 'distribute')).toBe(MATCH.summary)
    expect(rank('published_only', operation, 'distribute')).toBe(MATCH.names)
    expect(rank('basicreleasedetails', operation, 'distribute')).toBe(
      MATCH.names,
    )
    expect(rank('builds', operation, 'distribute')).toBe(MATCH.description)
    expect(rank('releases builds', operation, 'distribute')).toBe(
      MATCH.description,
    )
    expect(rank('releases nowhere', operation, 'distribute')).toBeNull()
  })
})
