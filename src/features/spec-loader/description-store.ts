import { create } from 'zustand'
import type { DescriptionSource } from './description-source'
import { keptFileSource } from './kept-file'
import {
  initialDescriptionState,
  URL_PARAM,
  type StartupState,
} from './startup-source'

interface DescriptionState extends StartupState {
  setDisplayed: (source: DescriptionSource) => void
  clearStartup: () => void
}

/**
 * `?url=` is read here, once, when the page starts (src/main.tsx starts the
 * load from this state). The build's prerender (no window) renders no
 * picker or reference: any state does.
 */
const startupState = (): StartupState =>
  typeof window === 'undefined'
    ? {
        displayed: null,
        startupUrl: null,
        consentUrl: null,
        startupError: null,
      }
    : withKeptFile(initialDescriptionState(window.location.href))

/** A file opened before a reload of the tab comes back, unless the address names a description. */
function withKeptFile(state: StartupState): StartupState {
  if (state.displayed?.kind !== 'bundled' || state.consentUrl) return state
  return { ...state, displayed: keptFileSource() ?? state.displayed }
}

export const useDescriptionStore = create<DescriptionState>()((set) => ({
  ...startupState(),
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
