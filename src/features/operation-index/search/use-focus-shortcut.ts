import { useEffect, useState, type RefObject } from 'react'
import {
  focusShortcutLabels,
  isApplePlatform,
  isFocusShortcut,
} from './focus-shortcut'

/**
 * Ctrl+K (⌘K) anywhere on the page focuses the field and selects its text,
 * so typing replaces the last filter. Returns the shortcut's labels.
 */
export function useFocusShortcut(field: RefObject<HTMLInputElement | null>) {
  const [apple] = useState(() => isApplePlatform(navigator))
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isFocusShortcut(event, apple)) return
      const input = field.current
      if (!input) return
      event.preventDefault()
      input.focus()
      input.select()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [apple, field])
  return focusShortcutLabels(apple)
}
