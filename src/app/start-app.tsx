import { createRoot, hydrateRoot } from 'react-dom/client'
import { isPrerendered } from '@/early/prerendered-page'
import { startRecordingCalls } from '@/stores/history-store'
import { appRoot } from './app-root'

/** Renders the app, taking over the page the build prerendered (src/server/prerender-shell-plugin.ts); `vite` (dev) prerenders nothing. */
export function startApp(container: HTMLElement): void {
  startRecordingCalls()
  if (isPrerendered(container)) hydrateRoot(container, appRoot)
  else createRoot(container).render(appRoot)
}
