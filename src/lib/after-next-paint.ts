/** Long enough for a frame on a slow machine; short enough not to be noticed if none comes. */
const FALLBACK_MS = 250

/**
 * Runs `run` once the browser has painted what it has, so heavy work that
 * follows does not hold that paint up: the app's script after the
 * prerendered page, Swagger UI's chunk after the operation index. A hidden
 * page paints nothing (a tab opened in the background runs no animation
 * frames), nor does a DOM without frames (jsdom): it runs at once. The
 * fallback timer covers a frame that never comes. Returns a function that
 * cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  if (
    document.visibilityState === 'hidden' ||
    typeof requestAnimationFrame !== 'function'
  ) {
    run()
    return () => undefined
  }
  let done = false
  let frame = 0
  const once = () => {
    if (done) return
    done = true
    clearTimeout(fallback)
    cancelAnimationFrame(frame)
    run()
  }
  const fallback = setTimeout(once, FALLBACK_MS)
  // A frame's callbacks run before it paints; the task after it runs once it has.
  frame = requestAnimationFrame(() => setTimeout(once, 0))
  return () => {
    done = true
    clearTimeout(fallback)
    cancelAnimationFrame(frame)
  }
}
