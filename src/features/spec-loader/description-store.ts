import { create } from 'zustand'
import type { DescriptionSource } from './description-source'
import {
  initialDescriptionState,
  URL_PARAM,
  type StartupState,
} from './startup-source'

export { initialDescriptionState, URL_PARAM }

interface DescriptionState extends StartupState {
  setDisplayed: (source: DescriptionSource) => void
  clearStartup: () => void
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
