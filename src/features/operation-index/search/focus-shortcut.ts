/** Ctrl+K, or ⌘K on Apple systems (where Ctrl+K deletes to the end of a line in text fields). */

interface PlatformHints {
  platform?: string
  userAgentData?: { platform?: string }
}

export function isApplePlatform(navigator: PlatformHints): boolean {
  const platform = navigator.userAgentData?.platform ?? navigator.platform ?? ''
  return /mac|iphone|ipad|ipod/i.test(platform)
}

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export function isFocusShortcut(event: KeyPress, apple: boolean): boolean {
  if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey)
    return false
  return apple
    ? event.metaKey && !event.ctrlKey
    : event.ctrlKey && !event.metaKey
}

/** As shown beside the filter box, and as `aria-keyshortcuts` says it. */
export function focusShortcutLabels(apple: boolean): {
  shown: string
  aria: string
} {
  return apple
    ? { shown: '⌘K', aria: 'Meta+K' }
    : { shown: 'Ctrl+K', aria: 'Control+K' }
}
