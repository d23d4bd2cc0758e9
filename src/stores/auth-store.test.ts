import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AUTH_STORAGE_KEY, idleExpired, useAuthStore } from './auth-store'

const TOKEN = 'f'.repeat(40)
const initial = useAuthStore.getState()

function stored(): string {
  return sessionStorage.getItem(AUTH_STORAGE_KEY) ?? ''
}

beforeEach(() => {
  useAuthStore.setState(initial, true)
  sessionStorage.clear()
  localStorage.clear()
})

afterEach(() => vi.useRealTimers())

describe('useAuthStore', () => {
  it('keeps the token in sessionStorage for this tab, and nowhere else', () => {
    useAuthStore.getState().authorize(TOKEN)
    expect(stored()).toContain(TOKEN)
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN)
    expect(document.cookie).not.toContain(TOKEN)
  })

  it('never writes the token in memory-only mode', () => {
    useAuthStore.getState().setPersistence('memory')
    useAuthStore.getState().authorize(TOKEN)
    expect(useAuthStore.getState().token).toBe(TOKEN)
    expect(stored()).not.toContain(TOKEN)
    expect(stored()).toContain('"persistence":"memory"')
  })

  it('removes the token from storage when switching to memory-only', () => {
    useAuthStore.getState().authorize(TOKEN)
    useAuthStore.getState().setPersistence('memory')
    expect(stored()).not.toContain(TOKEN)
  })

  it('forgets the token and Basic credentials on log out', () => {
    useAuthStore.getState().authorize(TOKEN)
    useAuthStore.getState().setBasic({ username: 'u', password: 'p' })
    useAuthStore.getState().logout()
    expect(useAuthStore.getState()).toMatchObject({
      token: null,
      basic: null,
      loggedOutBecause: null,
    })
    expect(stored()).not.toContain(TOKEN)
    expect(stored()).not.toContain('"password"')
  })

  it('remembers why the app logged out, to say so', () => {
    useAuthStore.getState().authorize(TOKEN)
    useAuthStore.getState().logout('idle')
    expect(useAuthStore.getState().loggedOutBecause).toBe('idle')
  })

  it('forgets the token when the target changes, and keeps it when it does not', () => {
    useAuthStore.getState().authorize(TOKEN)
    useAuthStore.getState().setTarget('sandbox')
    expect(useAuthStore.getState().token).toBe(TOKEN)
    useAuthStore.getState().setTarget('production')
    expect(useAuthStore.getState().token).toBeNull()
  })

  it('does not persist a token offered to the panel', () => {
    useAuthStore.getState().offerToken(TOKEN)
    expect(useAuthStore.getState()).toMatchObject({
      panelOpen: true,
      prefill: { token: TOKEN },
    })
    expect(stored()).not.toContain(TOKEN)
  })

  it('drops a stored token that sat idle too long when the tab comes back', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') })
    useAuthStore.getState().authorize(TOKEN)
    const saved = stored()
    useAuthStore.setState(initial, true)
    vi.setSystemTime(new Date('2026-01-01T10:31:00Z'))
    sessionStorage.setItem(AUTH_STORAGE_KEY, saved)
    await useAuthStore.persist.rehydrate()
    expect(useAuthStore.getState()).toMatchObject({
      token: null,
      loggedOutBecause: 'idle',
    })
  })

  it('restores a recent token when the tab reloads', async () => {
    useAuthStore.getState().authorize(TOKEN)
    const saved = stored()
    useAuthStore.setState(initial, true)
    sessionStorage.setItem(AUTH_STORAGE_KEY, saved)
    await useAuthStore.persist.rehydrate()
    expect(useAuthStore.getState().token).toBe(TOKEN)
  })
})

describe('idleExpired', () => {
  it('expires exactly after the idle period', () => {
    expect(
      idleExpired({ lastActivityAt: 0, idleMinutes: 30 }, 30 * 60_000 - 1),
    ).toBe(false)
    expect(
      idleExpired({ lastActivityAt: 0, idleMinutes: 30 }, 30 * 60_000),
    ).toBe(true)
  })
})
