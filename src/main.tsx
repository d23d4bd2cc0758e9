import { endPrerenderedPage } from '@/early/prerendered-page'
import { startStartupLoad } from '@/features/spec-loader/api/startup-load'
import { startParseWorker } from '@/features/spec-loader/parse-off-main-thread'
import { afterNextPaint } from '@/lib/after-next-paint'
import { watchConnectPolicy } from '@/lib/connect-policy'
import { withoutErrorStacks } from '@/lib/without-error-stacks'

const container = document.getElementById('root')!

// Before any request: a call the page's policy stops is then named as such.
watchConnectPolicy()

function sayLoadFailed() {
  const alert = document.createElement('p')
  alert.role = 'alert'
  alert.className = 'alert alert-error'
  alert.textContent =
    "The explorer's script did not load. Is the network down? Reload the page to try again."
  endPrerenderedPage(container)
  // Without the app, the prerendered buttons do nothing: they say so.
  for (const button of container.querySelectorAll('button'))
    button.disabled = true
  container.prepend(alert)
}

/**
 * The longest the app's code waits for the description's body: on a slow
 * network the app takes the page over anyway, and the description follows.
 */
const MAX_WAIT_FOR_BODY_MS = 600

// The page is parsed (this is a module script): the description starts
// loading now, while the app's code is still being fetched. Started from a
// script in the head, the same work held the first paint of the prerendered
// page up by about 100 ms on a 2-core machine.
const bodyIn = startStartupLoad(window.location.href, startParseWorker)

// The app's code (fetched early: the build preloads it) is evaluated once
// the prerendered page has painted and the description's body is in: both
// need this thread, and the parse worker can only start on the body.
afterNextPaint(() => {
  Promise.race([
    bodyIn,
    new Promise((resolve) => setTimeout(resolve, MAX_WAIT_FOR_BODY_MS)),
  ])
    .then(() => withoutErrorStacks(() => import('@/app/start-app')))
    .then(({ startApp }) => startApp(container), sayLoadFailed)
})
