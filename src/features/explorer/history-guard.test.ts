import { afterEach, describe, expect, it } from 'vitest'
import { replaceHistoryPushes } from './history-guard'

describe('replaceHistoryPushes', () => {
  let release: (() => void) | undefined
  afterEach(() => release?.())

  it('updates the address without adding history entries', () => {
    window.history.replaceState(null, '', '/#/account')
    const before = window.history.length
    release = replaceHistoryPushes()
    window.history.pushState(null, '', '#/account/users%20get')
    window.history.pushState(null, '', '#/account/users_get')
    expect(window.history.length).toBe(before)
    expect(window.location.hash).toBe('#/account/users_get')
  })

  it('restores the original pushState when released', () => {
    const original = window.history.pushState
    const stop = replaceHistoryPushes()
    expect(window.history.pushState).not.toBe(original)
    stop()
    expect(window.history.pushState).toBe(original)
    const before = window.history.length
    window.history.pushState(null, '', '#/pushed')
    expect(window.history.length).toBe(before + 1)
  })
})
