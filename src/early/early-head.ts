/**
 * The page's first script: a classic, render-blocking script in the head
 * (built on its own by src/server/early-script-plugin.ts), so it runs
 * before the prerendered page can be seen or clicked. It does only what
 * must come before that: a tab with a session to restore is hidden, and
 * clicks are kept. Everything else waits until the page is parsed
 * (src/main.tsx): started here, the description's load held the first
 * paint up (docs/performance.md).
 */
import { applyTheme, storedThemeChoice } from '@/lib/theme'
import { holdPageForRestoredSession, keepEarlyClicks } from './early-clicks'

performance.mark('early-script-started')
// The chosen theme, before anything paints: the other one never flashes.
applyTheme(storedThemeChoice())
holdPageForRestoredSession()
keepEarlyClicks()
