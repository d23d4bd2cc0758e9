/**
 * Light, dark or the system's choice. Kept in localStorage: it is not a
 * secret, and it must be known before the first paint (src/early).
 */
export type ThemeChoice = 'light' | 'dark' | 'system'
export type Theme = 'light' | 'dark'

export const THEME_STORAGE_KEY = 'appcenter-explorer.theme'

const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system']

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return CHOICES.includes(value as ThemeChoice)
}

export function storedThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    // Storage can be off (privacy settings); the system's choice still applies.
    return 'system'
  }
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, choice)
  } catch {
    // Not kept across reloads then; this page still shows it.
  }
}

export function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice === 'system') return prefersDark ? 'dark' : 'light'
  return choice
}

/**
 * Marks the page with the theme in effect: `data-theme` for our styles and
 * `dark-mode`, the class Swagger UI's own dark styles hang on.
 */
export function applyTheme(
  choice: ThemeChoice,
  root = document.documentElement,
): Theme {
  const theme = resolveTheme(choice, systemPrefersDark())
  root.dataset.theme = theme
  root.classList.toggle('dark-mode', theme === 'dark')
  return theme
}
