import { BASIC_PLACEHOLDER, TOKEN_PLACEHOLDER } from '@/lib/redact-secrets'
import type { HistoryEntry } from '@/stores/history-store'

const PLACEHOLDERS = new RegExp(
  `(${[TOKEN_PLACEHOLDER, BASIC_PLACEHOLDER].map((text) => text.replace(/\$/g, '\\$')).join('|')})`,
)

/**
 * Quotes `value` for a POSIX shell. Single quotes keep everything literal;
 * a value holding a placeholder is double-quoted instead, with everything
 * but the placeholder escaped, so the shell fills in the variable.
 */
export function shellQuote(value: string): string {
  if (!PLACEHOLDERS.test(value)) return `'${value.replace(/'/g, `'\\''`)}'`
  const parts = value.split(PLACEHOLDERS)
  return `"${parts
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/([\\"`$])/g, '\\$1'),
    )
    .join('')}"`
}

/** The call as a curl command; the token stays `$APPCENTER_API_TOKEN` (the history never has it). */
export function curlCommand(entry: HistoryEntry): string {
  const lines = [
    `curl${entry.method === 'GET' ? '' : ` -X ${entry.method}`} ${shellQuote(entry.url)}`,
    ...Object.entries(entry.request.headers).map(
      ([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`,
    ),
  ]
  const body = entry.request.body
  if (body) lines.push(`  --data-raw ${shellQuote(body.text)}`)
  return lines.join(' \\\n')
}
