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
