import { create } from 'zustand'
import {
  BUNDLED_SOURCE,
  isSameOrigin,
  resolveDescriptionUrl,
  type DescriptionSource,
} from './description-source'

export const URL_PARAM = 'url'

interface DescriptionState {
  /** The source whose description is on screen; null while the first one loads. */
  displayed: DescriptionSource | null
  /** A same-origin `?url=` to load at start-up. */
  startupUrl: string | null
  /** A cross-origin `?url=` that waits for the user's consent before anything is fetched. */
  consentUrl: string | null
  /** A `?url=` that could not be used at all, to explain on screen. */
  startupError: string | null
  setDisplayed: (source: DescriptionSource) => void
  clearStartup: () => void
}

/** Reads our own `?url=` parameter: same-origin URLs load at once, others wait for consent. */
export function initialDescriptionState(
  href: string,
): Pick<
  DescriptionState,
  'displayed' | 'startupUrl' | 'consentUrl' | 'startupError'
> {
  const page = new URL(href)
  const raw = page.searchParams.get(URL_PARAM)
  const none = { startupUrl: null, consentUrl: null, startupError: null }
  if (raw === null || raw.trim() === '')
    return { displayed: BUNDLED_SOURCE, ...none }
  try {
    const url = resolveDescriptionUrl(raw, page.href).href
    if (isSameOrigin(url, page.origin))
      return { displayed: null, ...none, startupUrl: url }
    return { displayed: BUNDLED_SOURCE, ...none, consentUrl: url }
  } catch (error) {
    return {
      displayed: BUNDLED_SOURCE,
      ...none,
      startupError: error instanceof Error ? error.message : String(error),
    }
  }
}

export const useDescriptionStore = create<DescriptionState>()((set) => ({
  ...initialDescriptionState(window.location.href),
  setDisplayed: (source) => set({ displayed: source }),
  clearStartup: () =>
    set({ startupUrl: null, consentUrl: null, startupError: null }),
}))

/** Keeps `?url=` in step with what is shown, so the address can be shared; the hash (deep links) stays. */
export function syncUrlParam(source: DescriptionSource): void {
  const page = new URL(window.location.href)
  if (source.kind === 'url') page.searchParams.set(URL_PARAM, source.url)
  else page.searchParams.delete(URL_PARAM)
  if (page.href !== window.location.href)
    window.history.replaceState(null, '', page.href)
}
