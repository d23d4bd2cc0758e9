// A DNS-rebinding page reaches us under its own host name and would count
// as same-origin, so like Vite we only answer to localhost, IP addresses and
// names the host app allowed. The URL's host comes from the Host header.

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export function isAllowedHost(
  url: string,
  allowedHosts: readonly string[] | true,
): boolean {
  if (allowedHosts === true) return true
  const hostname = new URL(url).hostname.toLowerCase()
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true
  if (IPV4.test(hostname) || hostname.startsWith('[')) return true
  return allowedHosts.some((allowed) =>
    allowed.startsWith('.')
      ? hostname === allowed.slice(1) || hostname.endsWith(allowed)
      : hostname === allowed.toLowerCase(),
  )
}

/**
 * isAllowedHost for one sandbox, remembering the answer per origin: every
 * request asks, and the same few origins keep coming back.
 */
export function hostCheck(
  allowedHosts: readonly string[] | true,
): (url: string) => boolean {
  if (allowedHosts === true) return () => true
  const known = new Map<string, boolean>()
  return (url) => {
    // "http://127.0.0.1:4010" of "http://127.0.0.1:4010/sandbox/...": the
    // host is decided by this part alone.
    const pathAt = url.indexOf('/', url.indexOf('//') + 2)
    const origin = pathAt < 0 ? url : url.slice(0, pathAt)
    let allowed = known.get(origin)
    if (allowed === undefined) {
      allowed = isAllowedHost(url, allowedHosts)
      if (known.size >= 64) known.clear()
      known.set(origin, allowed)
    }
    return allowed
  }
}
