import { useEffect, useState } from 'react'
import { useAuthStore } from '@/stores/auth-store'

const ACTIVITY_EVENTS = [
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
] as const
/** Activity is recorded at most this often, so typing does not rewrite sessionStorage on every key. */
const TOUCH_EVERY_MS = 5_000

/** How long before expiry the notice shows: a minute, or a fifth of a short timeout. */
export function warningLeadMs(idleMinutes: number): number {
  return Math.min(60_000, (idleMinutes * 60_000) / 5)
}

/**
 * Forgets the token after a period without activity, with a notice shortly
 * before. Returns the seconds left while the notice should show, else null.
 */
export function useIdleExpiry(): number | null {
  const token = useAuthStore((state) => state.token)
  const idleMinutes = useAuthStore((state) => state.idleMinutes)
  const lastActivityAt = useAuthStore((state) => state.lastActivityAt)
  // The countdown belongs to one expiry time; a stale one (after activity) is ignored.
  const [countdown, setCountdown] = useState<{
    expiresAt: number
    secondsLeft: number
  } | null>(null)
  const expiresAt = lastActivityAt + idleMinutes * 60_000

  useEffect(() => {
    if (!token) return
    let lastTouch = 0
    const onActivity = () => {
      const now = Date.now()
      if (now - lastTouch < TOUCH_EVERY_MS) return
      lastTouch = now
      useAuthStore.getState().touch()
    }
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true })
    return () => {
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, onActivity)
    }
  }, [token])

  useEffect(() => {
    if (!token) return
    const warnAt = expiresAt - warningLeadMs(idleMinutes)
    let ticker: ReturnType<typeof setInterval> | undefined
    const tick = () => {
      const left = expiresAt - Date.now()
      if (left <= 0) {
        clearInterval(ticker)
        setCountdown(null)
        useAuthStore.getState().logout('idle')
      } else setCountdown({ expiresAt, secondsLeft: Math.ceil(left / 1000) })
    }
    const warnTimer = setTimeout(
      () => {
        tick()
        ticker = setInterval(tick, 1_000)
      },
      Math.max(0, warnAt - Date.now()),
    )
    return () => {
      clearTimeout(warnTimer)
      clearInterval(ticker)
    }
  }, [token, idleMinutes, expiresAt])

  return token && countdown?.expiresAt === expiresAt
    ? countdown.secondsLeft
    : null
}
