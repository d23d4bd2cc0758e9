import { sendRequest } from '@/lib/api-client'
import { TOKEN_PLACEHOLDER } from '@/lib/redact-secrets'
import {
  currentTargetBaseUrl,
  currentTargetSession,
  useAuthStore,
} from '@/stores/auth-store'
import type { HistoryEntry } from '@/stores/history-store'

export const RUN_AGAIN_TIMEOUT_MS = 30_000

/** Why an entry cannot be sent again as it was, or null when it can. */
export function cannotRunAgain(entry: HistoryEntry): string | null {
  const body = entry.request.body
  if (body?.cut)
    return 'Its request body was cut at 1 MB for the history, so it cannot be sent again.'
  if (entry.request.bodyOmitted)
    return 'Its request body (form data or a file) was not recorded, so it cannot be sent again.'
  if (entry.bodiesNotKept && entry.method !== 'GET' && entry.method !== 'HEAD')
    return 'Its request body was not kept across the reload (the history was too large), so it cannot be sent again.'
  return null
}

/**
 * Sends a recorded call again, as the explorer sends it the first time: the
 * session's current token (never one remembered from the history, which has
 * none) goes only to the authorized target's origin; anywhere else the
 * request goes without credentials, and placeholders are left out.
 */
export function runAgain(entry: HistoryEntry): Promise<Response> {
  const session = useAuthStore.getState()
  const url = new URL(entry.url)
  const bound = url.origin === new URL(currentTargetBaseUrl(session)).origin
  const secret = (placeholder: string): string | null => {
    if (!bound) return null
    if (placeholder === TOKEN_PLACEHOLDER) return session.token
    return session.basic
      ? btoa(`${session.basic.username}:${session.basic.password}`)
      : null
  }
  const fill = (text: string): string | null => {
    let missing = false
    const filled = text.replace(
      /\$APPCENTER_API_TOKEN|\$APPCENTER_BASIC_CREDENTIALS/g,
      (placeholder) => {
        const value = secret(placeholder)
        if (value === null) missing = true
        return value ?? ''
      },
    )
    return missing ? null : filled
  }
  for (const [name, value] of [...url.searchParams]) {
    const filled = fill(value)
    if (filled === null) url.searchParams.delete(name)
    else if (filled !== value) url.searchParams.set(name, filled)
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(entry.request.headers)) {
    const filled = fill(value)
    if (filled !== null) headers[name] = filled
  }
  const bodyText = entry.request.body?.text
  // A placeholder the user typed into a body is filled only where the token may go.
  const body = bodyText === undefined ? undefined : (fill(bodyText) ?? bodyText)
  return sendRequest({
    url: url.href,
    method: entry.method,
    headers,
    body,
    session: currentTargetSession(),
    timeoutMs: RUN_AGAIN_TIMEOUT_MS,
    source: entry.source,
  })
}
