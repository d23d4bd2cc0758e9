import { useId } from 'react'
import { useAuthStore } from '@/stores/auth-store'

const IDLE_CHOICES = [5, 15, 30, 60, 120]

/** Where the token is kept, and how long it may sit idle. */
export function SessionSettings() {
  const persistence = useAuthStore((state) => state.persistence)
  const setPersistence = useAuthStore((state) => state.setPersistence)
  const idleMinutes = useAuthStore((state) => state.idleMinutes)
  const setIdleMinutes = useAuthStore((state) => state.setIdleMinutes)
  const idleId = useId()
  const choices = IDLE_CHOICES.includes(idleMinutes)
    ? IDLE_CHOICES
    : [...IDLE_CHOICES, idleMinutes].sort((a, b) => a - b)
  return (
    <details className="session-settings">
      <summary>Where the token is kept</summary>
      <fieldset>
        <legend>Keep the token</legend>
        <label className="radio-row">
          <input
            type="radio"
            name="persistence"
            checked={persistence === 'session'}
            onChange={() => setPersistence('session')}
          />
          <span>
            For this tab, across reloads (sessionStorage; gone when the tab
            closes)
          </span>
        </label>
        <label className="radio-row">
          <input
            type="radio"
            name="persistence"
            checked={persistence === 'memory'}
            onChange={() => setPersistence('memory')}
          />
          <span>In memory only (gone on reload)</span>
        </label>
      </fieldset>
      <label htmlFor={idleId}>Forget the token after</label>{' '}
      <select
        id={idleId}
        value={idleMinutes}
        onChange={(event) => setIdleMinutes(Number(event.target.value))}
      >
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes} minutes without activity
          </option>
        ))}
      </select>
      <p className="hint">
        Never in localStorage, cookies, IndexedDB, the address bar or logs.
      </p>
    </details>
  )
}
