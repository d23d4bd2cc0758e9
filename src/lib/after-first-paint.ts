/** Long enough for a first frame on a slow machine; short enough not to be noticed if none comes. */
const FALLBACK_MS = 250

/**
 * Runs `start` once the browser has painted what it has (the prerendered
 * page), so the app's script, evaluated after, does not hold that paint up.
 * A hidden page paints nothing (a tab opened in the background runs no
 * animation frames): it starts at once, and the fallback timer covers a
 * frame that never comes.
 */
export function afterFirstPaint(start: () => void): void {
  if (document.visibilityState === 'hidden') {
    start()
    return
  }
  let started = false
  const once = () => {
    if (started) return
    started = true
    clearTimeout(fallback)
    start()
  }
  const fallback = setTimeout(once, FALLBACK_MS)
  // A frame's callbacks run before it paints; the task after it runs once it has.
  requestAnimationFrame(() => setTimeout(once, 0))
}
