import { useEffect, useSyncExternalStore } from 'react'
import {
  applyTheme,
  saveThemeChoice,
  storedThemeChoice,
  type ThemeChoice,
} from '@/lib/theme'

const listeners = new Set<() => void>()
let current: ThemeChoice | null = null

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function snapshot(): ThemeChoice {
  current ??= storedThemeChoice()
  return current
}

export function chooseTheme(choice: ThemeChoice): void {
  current = choice
  saveThemeChoice(choice)
  applyTheme(choice)
  for (const listener of listeners) listener()
}

/**
 * The theme the user chose. The prerendered page was built without one
 * ("system"), so hydration starts from that and then reads the stored one.
 * While "system" is chosen, a change of the system's setting applies at once.
 */
export function useThemeChoice(): ThemeChoice {
  const choice = useSyncExternalStore<ThemeChoice>(
    subscribe,
    snapshot,
    () => 'system',
  )
  useEffect(() => {
    // Already applied before the first paint by src/early; needed in dev, where that script does not run.
    applyTheme(choice)
    if (choice !== 'system') return
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const follow = () => applyTheme('system')
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [choice])
  return choice
}
