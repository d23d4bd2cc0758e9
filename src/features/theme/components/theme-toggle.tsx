import { useId } from 'react'
import { isThemeChoice, type ThemeChoice } from '@/lib/theme'
import { chooseTheme, useThemeChoice } from '../use-theme-choice'

const LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

/** Light, dark, or whatever the system says: in the header, on every page. */
export function ThemeToggle() {
  const choice = useThemeChoice()
  const id = useId()
  return (
    <span className="theme-toggle">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <span className="theme-toggle-icon" aria-hidden="true">
        ◐
      </span>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) chooseTheme(event.target.value)
        }}
      >
        {(Object.keys(LABELS) as ThemeChoice[]).map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </span>
  )
}
