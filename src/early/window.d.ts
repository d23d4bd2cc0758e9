declare global {
  interface Window {
    /** Set by src/early/early-clicks.ts: the clicks kept before the app took the page over, once. */
    __takeEarlyClicks?: () => HTMLElement[]
  }
}

export {}
