/** Where try-it-out calls go. The token is bound to the origin of exactly one of these. */
export type TargetKind = 'sandbox' | 'production' | 'custom'

export const SANDBOX_PATH = '/sandbox'
export const PRODUCTION_BASE_URL = 'https://api.appcenter.ms'

export const TARGET_LABELS: Record<TargetKind, string> = {
  sandbox: 'Sandbox',
  production: 'App Center production',
  custom: 'Custom base URL',
}

/**
 * Checks a custom base URL. Only https (or http on this machine's loopback)
 * is accepted, and no credentials or query may hide in it.
 */
export function normalizeCustomBaseUrl(input: string): string {
  const trimmed = input.trim()
  if (!trimmed)
    throw new Error('Enter the base URL of an App Center-compatible API.')
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new Error(
      `"${trimmed}" is not an absolute URL. It should look like https://api.example.com.`,
    )
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(
      'Use an https URL (plain http is accepted only for localhost), so the token is not sent in clear text.',
    )
  }
  if (url.username || url.password)
    throw new Error('Leave user names and passwords out of the URL.')
  if (url.search || url.hash)
    throw new Error('Leave the query string and fragment out of the base URL.')
  return url.href.replace(/\/+$/, '')
}

export function targetBaseUrl(
  kind: TargetKind,
  customBaseUrl: string,
  pageOrigin: string,
): string {
  switch (kind) {
    case 'sandbox':
      return `${pageOrigin}${SANDBOX_PATH}`
    case 'production':
      return PRODUCTION_BASE_URL
    case 'custom':
      return customBaseUrl
  }
}

/** Where calls from this page go, and why the sandbox is the default: App Center itself is gone. */
export function whereCallsGo(kind: TargetKind, customBaseUrl: string): string {
  switch (kind) {
    case 'sandbox':
      return 'App Center was retired in March 2025. Calls from this page go to the built-in sandbox, which answers as App Center did, unless you choose another target in the Authorize panel.'
    case 'production':
      return `App Center was retired in March 2025, so ${PRODUCTION_BASE_URL} no longer answers. Only an App Center-compatible server of your own still does: choose it as a custom base URL, or go back to the sandbox.`
    case 'custom':
      return customBaseUrl
        ? `App Center was retired in March 2025. Calls from this page go to ${customBaseUrl}, the App Center-compatible server you chose.`
        : 'App Center was retired in March 2025. Enter the base URL of your App Center-compatible server in the Authorize panel.'
  }
}
