import {
  BUNDLED_SOURCE,
  isSameOrigin,
  resolveDescriptionUrl,
  type DescriptionSource,
} from './description-source'

export const URL_PARAM = 'url'

export interface StartupState {
  /** The source whose description is on screen; null while the first one loads. */
  displayed: DescriptionSource | null
  /** A same-origin `?url=` to load at start-up. */
  startupUrl: string | null
  /** A cross-origin `?url=` that waits for the user's consent before anything is fetched. */
  consentUrl: string | null
  /** A `?url=` that could not be used at all, to explain on screen. */
  startupError: string | null
}

/** Reads our own `?url=` parameter: same-origin URLs load at once, others wait for consent. */
export function initialDescriptionState(href: string): StartupState {
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

/**
 * What the page starts loading before its app's code runs: a same-origin
 * `?url=`, or the bundled description. A `?url=` waiting for consent loads
 * nothing, and a file kept from before a reload is read by the app.
 */
export function startupLoadSource({
  displayed,
  startupUrl,
}: StartupState): DescriptionSource | null {
  if (startupUrl) return { kind: 'url', url: startupUrl }
  return displayed?.kind === 'bundled' ? displayed : null
}
