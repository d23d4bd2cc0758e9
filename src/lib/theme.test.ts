import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  applyTheme,
  resolveTheme,
  saveThemeChoice,
  storedThemeChoice,
  THEME_STORAGE_KEY,
} from './theme'

function prefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
  }))
}

describe('theme', () => {
  afterEach(() => {
    localStorage.clear()
    vi.unstubAllGlobals()
  })

  it('follows the system unless light or dark was chosen', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('keeps a choice of light or dark, and forgets it for system', () => {
    expect(storedThemeChoice()).toBe('system')
    saveThemeChoice('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    expect(storedThemeChoice()).toBe('dark')
    saveThemeChoice('system')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
  })

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia')
    expect(storedThemeChoice()).toBe('system')
  })

  it("marks the page for our styles and for Swagger UI's dark styles", () => {
    const root = document.createElement('html')
    prefersDark(true)
    expect(applyTheme('system', root)).toBe('dark')
    expect(root.dataset.theme).toBe('dark')
    expect(root.classList.contains('dark-mode')).toBe(true)
    expect(applyTheme('light', root)).toBe('light')
    expect(root.dataset.theme).toBe('light')
    expect(root.classList.contains('dark-mode')).toBe(false)
  })
})
