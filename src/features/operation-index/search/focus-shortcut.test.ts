import { describe, expect, it } from 'vitest'
import {
  focusShortcutLabels,
  isApplePlatform,
  isFocusShortcut,
} from './focus-shortcut'

const press = (
  key: string,
  modifiers: Partial<Record<string, boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
})

describe('focus shortcut', () => {
  it('tells Apple systems by their platform', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true)
    expect(isApplePlatform({ userAgentData: { platform: 'macOS' } })).toBe(true)
    expect(isApplePlatform({ platform: 'iPhone' })).toBe(true)
    expect(isApplePlatform({ platform: 'Linux x86_64' })).toBe(false)
    expect(isApplePlatform({ userAgentData: { platform: 'Windows' } })).toBe(
      false,
    )
    expect(isApplePlatform({})).toBe(false)
  })

  it('is Ctrl+K elsewhere and ⌘K on Apple systems, in either case, with nothing else held', () => {
    expect(isFocusShortcut(press('k', { ctrlKey: true }), false)).toBe(true)
    expect(isFocusShortcut(press('K', { ctrlKey: true }), false)).toBe(true)
    expect(isFocusShortcut(press('k', { metaKey: true }), false)).toBe(false)
    expect(isFocusShortcut(press('k', { metaKey: true }), true)).toBe(true)
    expect(isFocusShortcut(press('k', { ctrlKey: true }), true)).toBe(false)
    expect(
      isFocusShortcut(press('k', { ctrlKey: true, shiftKey: true }), false),
    ).toBe(false)
    expect(
      isFocusShortcut(press('k', { ctrlKey: true, altKey: true }), false),
    ).toBe(false)
    expect(isFocusShortcut(press('j', { ctrlKey: true }), false)).toBe(false)
    expect(isFocusShortcut(press('k'), false)).toBe(false)
  })

  it('labels the shortcut for the platform', () => {
    expect(focusShortcutLabels(false)).toEqual({
      shown: 'Ctrl+K',
      aria: 'Control+K',
    })
    expect(focusShortcutLabels(true)).toEqual({ shown: '⌘K', aria: 'Meta+K' })
  })
})
