/**
 * Snippets and copied commands must never embed the secret: they name an
 * environment variable instead, quoted so that each shell expands it.
 */
export const TOKEN_VARIABLE = 'APPCENTER_API_TOKEN'
export const BASIC_VARIABLE = 'APPCENTER_BASIC_AUTH'

export type SnippetShell = 'bash' | 'powershell' | 'cmd'

/** Marks the secret in a request before a generator turns it into text. */
export const TOKEN_MARK = '__APPCENTER_API_TOKEN__'
export const BASIC_MARK = '__APPCENTER_BASIC_AUTH__'

const VARIABLE_SYNTAX: Record<SnippetShell, (name: string) => string> = {
  bash: (name) => `$${name}`,
  powershell: (name) => `$env:${name}`,
  cmd: (name) => `%${name}%`,
}

/**
 * Replaces the marks in a generated snippet with environment variables. The
 * generators single-quote each header for bash, where nothing expands, so a
 * marked header is re-quoted with double quotes.
 */
export function unmarkSnippet(snippet: string, shell: SnippetShell): string {
  const variable = VARIABLE_SYNTAX[shell]
  return snippet
    .replace(
      new RegExp(`(['"])([A-Za-z-]+: )${TOKEN_MARK}\\1`, 'g'),
      (_, _q, prefix: string) => `"${prefix}${variable(TOKEN_VARIABLE)}"`,
    )
    .replace(
      new RegExp(`(['"])([A-Za-z-]+: Basic )${BASIC_MARK}\\1`, 'g'),
      (_, _q, prefix: string) => `"${prefix}${variable(BASIC_VARIABLE)}"`,
    )
    .replaceAll(TOKEN_MARK, variable(TOKEN_VARIABLE))
    .replaceAll(BASIC_MARK, variable(BASIC_VARIABLE))
}

/** Replaces the secret values in a header map with marks. */
export function markSecretHeaders(
  headers: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const lower = name.toLowerCase()
      if (lower === 'x-api-token') return [name, TOKEN_MARK]
      if (lower === 'authorization' && /^basic /i.test(value))
        return [name, `Basic ${BASIC_MARK}`]
      return [name, value]
    }),
  )
}

/** Replaces a secret wherever else it appears (a query string, say) in shown text. */
export function maskSecretText(
  text: string,
  secrets: Array<string | null | undefined>,
): string {
  let masked = text
  for (const secret of secrets)
    if (secret) masked = masked.replaceAll(secret, `$${TOKEN_VARIABLE}`)
  return masked
}
