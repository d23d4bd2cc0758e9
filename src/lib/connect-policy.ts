/**
 * The page's Content-Security-Policy (connect-src: this origin, App Center
 * production and EXPLORER_CONNECT_SRC) stops a call to any other origin
 * before it is sent, and fetch then fails just as it does when a server is
 * down. The browser does report each stop, as a securitypolicyviolation
 * event: the origins it stopped are kept here, so a failed call can say
 * which it was.
 */
const blockedOrigins = new Set<string>()
let watching = false

/** `url`'s origin, or null; relative URLs against `base` (none: only absolute ones). */
export function originOrNull(url: string, base?: string): string | null {
  try {
    return new URL(url, base).origin
  } catch {
    return null
  }
}

/** Starts noting the origins the policy stops calls to (once; main.tsx calls it first thing). */
export function watchConnectPolicy(): void {
  if (watching) return
  watching = true
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective !== 'connect-src') return
    const origin = originOrNull(event.blockedURI)
    if (!origin) return
    blockedOrigins.add(origin)
  })
}

/**
 * Whether the page's policy stopped a call to `url`'s origin. Asked after
 * the call failed: the report is an event of its own, so this waits one
 * task for it.
 */
export async function blockedByPolicy(url: string): Promise<string | null> {
  await new Promise((resolve) => setTimeout(resolve, 0))
  return stoppedByPolicy(url)
}

/** The origin of `url` if the page's policy has stopped a call to it since the page loaded, else null. */
export function stoppedByPolicy(url: string): string | null {
  const origin = originOrNull(url, window.location.href)
  return origin && blockedOrigins.has(origin) ? origin : null
}

/** What happened, in a sentence. */
export function policyStopSentence(origin: string): string {
  return `This page's security policy does not allow requests to ${origin}, so the browser stopped the request before sending it.`
}

/** What happened and what to do, for every place a call can fail. */
export function policyBlockedMessage(origin: string): string {
  return `${policyStopSentence(origin)} Whoever serves this explorer can add ${origin} to EXPLORER_CONNECT_SRC (README, Configuration).`
}
