/**
 * The page's first script: a classic, render-blocking script in the head
 * (built on its own by src/server/early-script-plugin.ts), so it runs
 * before the prerendered page can be seen or clicked, and before the
 * browser's first layout of it keeps the main thread busy. Kept to a few kB:
 * the page waits for it.
 */
import { startStartupLoad } from '@/features/spec-loader/api/startup-load'
import { holdPageForRestoredSession, keepEarlyClicks } from './early-clicks'
import { PARSE_WORKER_META } from './parse-worker-meta'

performance.mark('early-script-started')
holdPageForRestoredSession()
keepEarlyClicks()

// The description starts loading now, while the app's code is still on its way.
const workerUrl = document.querySelector<HTMLMetaElement>(
  `meta[name="${PARSE_WORKER_META}"]`,
)?.content
if (workerUrl) {
  const started = startStartupLoad(
    window.location.href,
    () => new Worker(workerUrl, { type: 'module' }),
  )
  if (started) window.__explorerStartupLoad = started
}
