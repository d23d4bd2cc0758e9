import type { StartupLoad } from '@/features/spec-loader/api/startup-load'

declare global {
  interface Window {
    /** Set by src/early/early-clicks.ts: the clicks kept before the app took the page over, once. */
    __takeEarlyClicks?: () => HTMLElement[]
    /** Set by src/early/early-page.ts: the description the page opens with, loading. */
    __explorerStartupLoad?: StartupLoad
  }
}
