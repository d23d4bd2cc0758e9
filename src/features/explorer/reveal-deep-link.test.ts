import { afterEach, describe, expect, it } from 'vitest'
import { deepLinkElementId, revealDeepLink } from './reveal-deep-link'

describe('deepLinkElementId', () => {
  it.each([
    ['#/account/users_get', 'operations-account-users_get'],
    ['#/App%20users/apps_listUsers', 'operations-App_users-apps_listUsers'],
    ['#/account', 'operations-tag-account'],
    ['#/a.b/get_x', 'operations-a\\.b-get_x'],
  ])('%s → %s', (hash, id) => {
    expect(deepLinkElementId(hash)).toBe(id)
  })

  it('ignores hashes that are not deep links', () => {
    expect(deepLinkElementId('#api-reference')).toBeNull()
  })
})

describe('revealDeepLink', () => {
  afterEach(() => document.body.replaceChildren())

  it('waits for Swagger UI to draw the operation, then focuses its summary', async () => {
    const root = document.createElement('div')
    document.body.append(root)
    let scrolled = false
    const stop = revealDeepLink(root, '#/account/users_get', { focus: true })
    const operation = document.createElement('div')
    operation.id = 'operations-account-users_get'
    operation.scrollIntoView = () => {
      scrolled = true
    }
    const summary = document.createElement('button')
    summary.className = 'opblock-summary-control'
    operation.append(summary)
    root.append(operation)
    // MutationObserver callbacks run as microtasks.
    await Promise.resolve()
    expect(scrolled).toBe(true)
    expect(document.activeElement).toBe(summary)
    stop()
  })

  it('leaves focus alone on a page load', () => {
    const root = document.createElement('div')
    const operation = document.createElement('div')
    operation.id = 'operations-tag-account'
    operation.scrollIntoView = () => undefined
    const tag = document.createElement('h3')
    tag.className = 'opblock-tag'
    tag.tabIndex = -1
    operation.append(tag)
    root.append(operation)
    document.body.append(root)
    revealDeepLink(root, '#/account', { focus: false })
    expect(document.activeElement).toBe(document.body)
  })
})
