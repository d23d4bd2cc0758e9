import { createRoot, hydrateRoot } from 'react-dom/client'
import { appRoot } from './app-root'

/** Renders the app, taking over the page the build prerendered (src/server/prerender-shell-plugin.ts); `vite` (dev) prerenders nothing. */
export function startApp(container: HTMLElement): void {
  if (container.hasAttribute('data-prerendered'))
    hydrateRoot(container, appRoot)
  else createRoot(container).render(appRoot)
}
