/**
 * Whether a Content-Security-Policy lets the page connect to a URL, read
 * from the policy text itself (the page asks its own server for it), so a
 * call the browser would stop can be named before it is tried.
 */

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

function sourceList(policy: string): string[] | null {
  const directives = new Map<string, string[]>()
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase()))
      directives.set(name.toLowerCase(), sources)
  }
  return directives.get('connect-src') ?? directives.get('default-src') ?? null
}

function portOf(url: URL): string {
  return url.port || DEFAULT_PORTS[url.protocol] || ''
}

function matchesSource(source: string, url: URL, pageOrigin: string): boolean {
  const lower = source.toLowerCase()
  if (lower === "'self'") return url.origin === pageOrigin
  if (lower === '*')
    return url.protocol === 'http:' || url.protocol === 'https:'
  if (lower.startsWith("'")) return false
  // A scheme alone: "https:" (an http: source also allows https).
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower))
    return (
      lower === url.protocol || (lower === 'http:' && url.protocol === 'https:')
    )
  const match =
    /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^:/]+|\*)(?::(\d+|\*))?(\/.*)?$/.exec(
      lower,
    )
  if (!match) return false
  const [, scheme, wildcard, host, port] = match
  const pageScheme = new URL(pageOrigin).protocol.slice(0, -1)
  const wanted = scheme ?? pageScheme
  if (!(
    url.protocol === `${wanted}:` ||
    (wanted === 'http' && url.protocol === 'https:')
  ))
    return false
  const hostname = url.hostname.toLowerCase()
  if (host === '*') {
    // Only as "*" alone, handled above; "*:port" is not valid host syntax.
    return false
  }
  if (wildcard ? !hostname.endsWith(`.${host}`) : hostname !== host)
    return false
  if (port === '*') return true
  return (port ?? DEFAULT_PORTS[`${wanted}:`]) === portOf(url)
}

/**
 * Whether every policy in `header` (a Content-Security-Policy value; several
 * policies are comma-separated) allows connecting to `url`.
 */
export function policyAllowsConnect(
  header: string,
  url: string,
  pageOrigin: string,
): boolean {
  const target = new URL(url, pageOrigin)
  return header.split(',').every((policy) => {
    const sources = sourceList(policy)
    if (sources === null) return true
    return sources.some((source) => matchesSource(source, target, pageOrigin))
  })
}
