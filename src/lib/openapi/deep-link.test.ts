import { describe, expect, it } from 'vitest'
import { deepLinkHash, parseDeepLink } from './deep-link'

describe('deep links', () => {
  it.each([
    ['account', 'users_get', '#/account/users_get'],
    ['App users', 'apps_listUsers', '#/App%20users/apps_listUsers'],
    ['a#b', 'x?y', '#/a%23b/x%3Fy'],
  ])('writes and reads %s / %s', (tag, linkId, hash) => {
    expect(deepLinkHash(tag, linkId)).toBe(hash)
    expect(parseDeepLink(hash)).toEqual({ tag, linkId })
  })

  it('reads a tag alone, and Swagger UI’s #!/ form', () => {
    expect(deepLinkHash('account')).toBe('#/account')
    expect(parseDeepLink('#/account')).toEqual({ tag: 'account', linkId: null })
    expect(parseDeepLink('#!/account/users_get')).toEqual({
      tag: 'account',
      linkId: 'users_get',
    })
  })

  it.each(['', '#', '#/', '#api-reference', '#/%E0%A4%A/x'])(
    'ignores %j',
    (hash) => {
      expect(parseDeepLink(hash)).toBeNull()
    },
  )
})
