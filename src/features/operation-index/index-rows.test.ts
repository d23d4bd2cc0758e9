import { describe, expect, it } from 'vitest'
import type {
  IndexedOperation,
  IndexedTag,
} from '@/lib/openapi/digest-description'
import { indexRows, searchableIndex } from './index-rows'

function op(
  method: string,
  path: string,
  summary: string,
  tags: string[],
  operationId: string | null = null,
): IndexedOperation {
  return {
    method,
    path,
    summary,
    operationId,
    linkId: operationId ?? method + path,
    deprecated: false,
    tags,
  }
}

const operations = [
  op('get', '/v0.1/user', 'Get the profile', ['account'], 'users_get'),
  op('patch', '/v0.1/user', 'Update the profile', ['account'], 'users_update'),
  op('get', '/v0.1/apps', 'List apps', ['apps', 'account'], 'apps_list'),
]
const tags: IndexedTag[] = [
  { name: 'account', description: 'You', operations: [0, 1, 2] },
  { name: 'apps', description: '', operations: [2] },
]
const index = searchableIndex(tags, operations)

const shown = (query: string) =>
  indexRows(index, query).map((row) =>
    row.kind === 'tag'
      ? `# ${row.tag} (${row.shown})`
      : `${row.tag}: ${row.position}`,
  )

describe('indexRows', () => {
  it('lists every tag with its operations when there is no filter', () => {
    expect(shown('')).toEqual([
      '# account (3)',
      'account: 0',
      'account: 1',
      'account: 2',
      '# apps (1)',
      'apps: 2',
    ])
  })

  it('needs every word, in any field, in any case', () => {
    expect(shown('GET user')).toEqual(['# account (1)', 'account: 0'])
    expect(shown('  profile   update ')).toEqual([
      '# account (1)',
      'account: 1',
    ])
    expect(shown('users_get')).toEqual(['# account (1)', 'account: 0'])
  })

  it('keeps a whole tag when its name matches, and drops tags without a match', () => {
    expect(shown('apps')).toEqual([
      '# account (1)',
      'account: 2',
      '# apps (1)',
      'apps: 2',
    ])
    expect(shown('nothing-like-this')).toEqual([])
  })
})

describe('indexRows ranking', () => {
  const ranked = [
    op('get', '/v0.1/user/invitations', 'Invitations for the user', ['a']),
    op('get', '/v0.1/apps', 'List apps', ['a'], 'apps_list'),
    op('get', '/v0.1/orgs', 'Orgs of the user', ['b']),
    op('get', '/v0.1/user', 'Get the profile', ['b'], 'users_get'),
    {
      ...op('get', '/v0.1/things', 'Things', ['c']),
      description: 'Only for the signed-in user.',
    },
    {
      ...op('get', '/v0.1/stuff', 'Stuff', ['c']),
      parameters: ['user_email'],
    },
  ]
  const rankedIndex = searchableIndex(
    [
      { name: 'a', description: '', operations: [0, 1] },
      { name: 'b', description: '', operations: [2, 3] },
      { name: 'c', description: '', operations: [4, 5] },
    ],
    ranked,
  )
  const paths = (query: string) =>
    indexRows(rankedIndex, query).map((row) =>
      row.kind === 'tag' ? `# ${row.tag}` : ranked[row.position]!.path,
    )

  it('puts the exact path first, then path prefixes, then summaries, names and descriptions', () => {
    expect(paths('user')).toEqual([
      '# b',
      '/v0.1/user',
      '/v0.1/orgs',
      '# a',
      '/v0.1/user/invitations',
      '# c',
      '/v0.1/stuff',
      '/v0.1/things',
    ])
  })

  it('keeps the document’s order without a filter', () => {
    expect(paths('')).toEqual([
      '# a',
      '/v0.1/user/invitations',
      '/v0.1/apps',
      '# b',
      '/v0.1/orgs',
      '/v0.1/user',
      '# c',
      '/v0.1/things',
      '/v0.1/stuff',
    ])
  })
})
