import { useId, useState, type FormEvent } from 'react'
import { useAuthStore } from '@/stores/auth-store'

/**
 * The token-management operations also accept Basic sign-in. In the sandbox
 * the demo credentials are applied for the user; anything typed here follows
 * the same session-only rules as the token.
 */
export function BasicCredentials() {
  const isSandbox = useAuthStore((state) => state.targetKind === 'sandbox')
  const basic = useAuthStore((state) => state.basic)
  const setBasic = useAuthStore((state) => state.setBasic)
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const userId = useId()
  const passwordId = useId()

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!username || !password) return
    setBasic({ username, password })
    setPassword('')
  }

  return (
    <details className="basic-credentials">
      <summary>Basic sign-in for the API token operations</summary>
      {isSandbox ? (
        <p className="hint">
          In the sandbox, the demo user's Basic credentials are applied to those
          operations for you.
        </p>
      ) : basic ? (
        <p>
          Basic sign-in set for <strong>{basic.username}</strong>.{' '}
          <button type="button" onClick={() => setBasic(null)}>
            Forget it
          </button>
        </p>
      ) : (
        <form onSubmit={onSubmit} autoComplete="off" className="basic-form">
          <label htmlFor={userId}>User name</label>
          <input
            id={userId}
            type="text"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <label htmlFor={passwordId}>Password</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="off"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit">Use for token operations</button>
        </form>
      )}
    </details>
  )
}
