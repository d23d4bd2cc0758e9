/** What a redacted API token reads as, in history and snippets alike: the shell variable curl users set. */
export const TOKEN_PLACEHOLDER = '$APPCENTER_API_TOKEN'
/** What redacted Basic credentials read as. */
export const BASIC_PLACEHOLDER = '$APPCENTER_BASIC_CREDENTIALS'
/** What a token created by a call (and shown once in its response) reads as. */
export const ISSUED_TOKEN_PLACEHOLDER = '(redacted: a new token)'

export interface Secrets {
  token: string | null
  basic: { username: string; password: string } | null
}

/** Every spelling a secret can take in a URL, a header or a body. */
function secretForms(secrets: Secrets): [string, string][] {
  const forms: [string, string][] = []
  const add = (value: string, placeholder: string) => {
    // A very short secret would redact ordinary text; App Center's are 40 characters.
    if (value.length < 6) return
    forms.push([value, placeholder])
    const encoded = encodeURIComponent(value)
    if (encoded !== value) forms.push([encoded, placeholder])
  }
  if (secrets.token) add(secrets.token, TOKEN_PLACEHOLDER)
  if (secrets.basic) {
    const { username, password } = secrets.basic
    add(btoa(`${username}:${password}`), BASIC_PLACEHOLDER)
    add(password, BASIC_PLACEHOLDER)
  }
  // Longest first, so a secret that contains another is replaced whole.
  return forms.sort((a, b) => b[0].length - a[0].length)
}

/** `text` with every occurrence of the session's secrets replaced by placeholders. */
export function redactText(text: string, secrets: Secrets): string {
  let result = text
  for (const [value, placeholder] of secretForms(secrets))
    result = result.split(value).join(placeholder)
  return result
}

/**
 * Headers with the credentials replaced by placeholders, whatever their
 * value, and the secrets redacted from every other header too.
 */
export function redactHeaders(
  headers: Record<string, string>,
  secrets: Secrets,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const lower = name.toLowerCase()
      if (lower === 'x-api-token') return [name, TOKEN_PLACEHOLDER]
      if (lower === 'authorization')
        return [
          name,
          /^basic\s/i.test(value)
            ? `Basic ${BASIC_PLACEHOLDER}`
            : TOKEN_PLACEHOLDER,
        ]
      return [name, redactText(value, secrets)]
    }),
  )
}

/**
 * A response body with the session's secrets and any token it issued
 * redacted: creating an API token answers with its value, shown once, and
 * a history kept in the tab must not keep it.
 */
export function redactBody(text: string, secrets: Secrets): string {
  return redactText(text, secrets).replace(
    /("(?:api_token|token)"\s*:\s*)"(?:[^"\\]|\\.)*"/g,
    `$1"${ISSUED_TOKEN_PLACEHOLDER}"`,
  )
}
