import type { Router } from 'hono/router'
import { TrieRouter } from 'hono/router/trie-router'
import { describe, expect, it } from 'vitest'
import { PER_PATH_CAP } from './kept.ts'
import { RememberingRouter } from './remembering-router.ts'

function routers() {
  const trie = new TrieRouter<string>()
  const remembering = new RememberingRouter<string>()
  for (const router of [trie, remembering]) {
    router.add('ALL', '/*', 'every request')
    router.add('GET', '/apps/:app/releases/latest', 'latest release')
    router.add('GET', '/apps/:app/releases/:id', 'one release')
    router.add('PUT', '/apps/:app/releases/:id', 'edit a release')
  }
  return { trie, remembering }
}

/** The handlers a request reaches, in order, with their path values. */
function matched(router: Router<string>, method: string, path: string) {
  return router
    .match(method, path)[0]
    .map(([handler, params]) => [handler, { ...params }])
}

describe('RememberingRouter', () => {
  it.each([
    ['GET', '/apps/a/releases/latest'],
    ['GET', '/apps/a/releases/7'],
    ['PUT', '/apps/b/releases/7'],
    ['DELETE', '/apps/b/releases/7'],
    ['GET', '/nowhere'],
  ])('matches %s %s as the trie router does', (method, path) => {
    const { trie, remembering } = routers()
    const expected = trie.match(method, path)
    expect(remembering.match(method, path)).toEqual(expected)
    expect(remembering.match(method, path)).toEqual(expected)
  })

  it('keeps the result of a method and path, and matches other pairs anew', () => {
    const { remembering } = routers()
    const first = remembering.match('GET', '/apps/a/releases/7')
    expect(remembering.match('GET', '/apps/a/releases/7')).toBe(first)
    expect(remembering.match('PUT', '/apps/a/releases/7')).not.toBe(first)
    expect(remembering.match('GET', '/apps/a/releases/8')).not.toBe(first)
  })

  it('sees a route added after a match', () => {
    const { remembering } = routers()
    expect(matched(remembering, 'GET', '/apps/a/builds')).toEqual([
      ['every request', {}],
    ])
    remembering.add('GET', '/apps/:app/builds', 'builds')
    expect(matched(remembering, 'GET', '/apps/a/builds')).toEqual([
      ['every request', {}],
      ['builds', { app: 'a' }],
    ])
  })

  it('still matches correctly past its cap of kept results', () => {
    const { remembering } = routers()
    for (let id = 0; id <= PER_PATH_CAP; id += 1) {
      remembering.match('GET', `/apps/a/releases/${id}`)
    }
    expect(matched(remembering, 'GET', '/apps/z/releases/99')).toEqual([
      ['every request', {}],
      ['one release', { app: 'z', id: '99' }],
    ])
  })
})
