import { endPrerenderedPage } from '@/early/prerendered-page'
import { afterNextPaint } from '@/lib/after-next-paint'

const container = document.getElementById('root')!

function sayLoadFailed() {
  const alert = document.createElement('p')
  alert.setAttribute('role', 'alert')
  alert.className = 'alert alert-error'
  alert.textContent =
    'The explorer could not load its script (is the network down?). Reload the page to try again.'
  endPrerenderedPage(container)
  container.prepend(alert)
}

// The app's code (fetched early: the build preloads it) is evaluated once the prerendered page has painted.
afterNextPaint(() => {
  import('@/app/start-app').then(
    ({ startApp }) => startApp(container),
    sayLoadFailed,
  )
})
