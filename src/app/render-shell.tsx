import { renderToString } from 'react-dom/server'
import { appRoot } from './app-root'

/**
 * The page as a newcomer first sees it (no session yet, nothing loaded),
 * rendered to HTML at build time (src/server/prerender-shell-plugin.ts) so
 * it paints before any script has run.
 */
export function renderShell(): string {
  return renderToString(appRoot)
}
