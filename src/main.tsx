import { endPrerenderedPage } from '@/early/prerendered-page'
import { specQueryOptions } from '@/features/spec-loader/api/get-spec'
import { useDescriptionStore } from '@/features/spec-loader/description-store'
import { startupLoadSource } from '@/features/spec-loader/startup-source'
import { afterNextPaint } from '@/lib/after-next-paint'
import { watchConnectPolicy } from '@/lib/connect-policy'
import { queryClient } from '@/lib/query-client'

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
// loading now, download and parse worker together, while the app's code is
// still being fetched; its query then finds it in the cache. Started from a
// script in the head, the same work held up the first paint.
const opening = startupLoadSource(useDescriptionStore.getState())
if (opening) void queryClient.prefetchQuery(specQueryOptions(opening))

// The app's code (preloaded by the build) is evaluated once the prerendered
// page has painted, so hydration does not hold that paint up.
afterNextPaint(() => {
  import('@/app/start-app').then(
    ({ startApp }) => startApp(container),
    sayLoadFailed,
  )
})
