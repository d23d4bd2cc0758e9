import { useAuthStore } from '@/stores/auth-store'
import { useIdleExpiry } from '../use-idle-expiry'

/**
 * The time left in steps (under 2 minutes, a minute, 30 seconds, 10
 * seconds), not a second-by-second count: the notice is a live region, and
 * each change of its text is read out again.
 */
export function timeLeftInSteps(seconds: number): string {
  if (seconds > 60) return `${Math.ceil(seconds / 60)} minutes`
  if (seconds > 30) return 'a minute'
  if (seconds > 10) return '30 seconds'
  return '10 seconds'
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
      <div className="alert alert-warn session-notice" role="status">
        No activity for a while: your API token will be forgotten in less than{' '}
        {timeLeftInSteps(secondsLeft)}.{' '}
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
