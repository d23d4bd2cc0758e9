// A DNS-rebinding page reaches us under its own host name and would count
// as same-origin, so like Vite we only answer to localhost, IP addresses and
// names the host app allowed. The URL's host comes from the Host header.

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

export function isAllowedHost(
  url: URL,
  allowedHosts: readonly string[] | true,
): boolean {
  if (allowedHosts === true) return true
  const hostname = url.hostname.toLowerCase()
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true
  if (IPV4.test(hostname) || hostname.startsWith('[')) return true
  return allowedHosts.some((allowed) =>
    allowed.startsWith('.')
      ? hostname === allowed.slice(1) || hostname.endsWith(allowed)
      : hostname === allowed.toLowerCase(),
  )
}
