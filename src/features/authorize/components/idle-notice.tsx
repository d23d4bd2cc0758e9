import { useAuthStore } from '@/stores/auth-store'
import { useIdleExpiry } from '../use-idle-expiry'

function formatLeft(seconds: number): string {
  if (seconds >= 60)
    return `${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}`
  return `${seconds} second${seconds === 1 ? '' : 's'}`
}

/** Says before and after the token is forgotten for inactivity; the user can stay. */
export function IdleNotice() {
  const secondsLeft = useIdleExpiry()
  const loggedOutBecause = useAuthStore((state) => state.loggedOutBecause)
  const idleMinutes = useAuthStore((state) => state.idleMinutes)
  const touch = useAuthStore((state) => state.touch)
  const dismiss = useAuthStore((state) => state.dismissLogoutNotice)
  const setPanelOpen = useAuthStore((state) => state.setPanelOpen)

  if (secondsLeft !== null) {
    return (
      <div className="alert alert-warn session-notice" role="alert">
        No activity for a while: your API token will be forgotten in{' '}
        {formatLeft(secondsLeft)}.{' '}
        <button type="button" onClick={touch}>
          Keep the token
        </button>
      </div>
    )
  }
  if (loggedOutBecause === 'idle') {
    return (
      <div className="alert alert-warn session-notice" role="alert">
        Your API token was forgotten after {idleMinutes} minutes without
        activity, as a safety measure.{' '}
        <button
          type="button"
          onClick={() => {
            dismiss()
            setPanelOpen(true)
          }}
        >
          Authorize again
        </button>{' '}
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    )
  }
  return null
}
