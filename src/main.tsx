import { endPrerenderedPage } from '@/early/prerendered-page'
import { startStartupLoad } from '@/features/spec-loader/api/startup-load'
import { useDescriptionStore } from '@/features/spec-loader/description-store'
import { startParseWorker } from '@/features/spec-loader/parse-in-worker'
import { afterNextPaint } from '@/lib/after-next-paint'
import { watchConnectPolicy } from '@/lib/connect-policy'

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

// The page is parsed (this is a module script): the description starts
// loading now, while the app's code is still being fetched; started from a
// script in the head, the same work held up the first paint.
startStartupLoad(useDescriptionStore.getState(), startParseWorker)

// The app's code (preloaded by the build) is evaluated once the prerendered
// page has painted, so hydration does not hold that paint up.
afterNextPaint(() => {
  import('@/app/start-app').then(
    ({ startApp }) => startApp(container),
    sayLoadFailed,
  )
})
