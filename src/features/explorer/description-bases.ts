/**
 * The base URLs a description declares at document level (OpenAPI servers,
 * or Swagger 2.0 schemes/host/basePath), resolved against the page. Try-it-out
 * requests under one of these are re-based onto the authorized target.
 */
export function descriptionBaseUrls(
  document: Record<string, unknown>,
  pageHref: string,
): string[] {
  const page = new URL(pageHref)
  const bases = new Set<string>()
  const add = (url: string) => {
    try {
      bases.add(new URL(url, page).href.replace(/\/+$/, ''))
    } catch {
      // An unparseable server URL cannot match a request either.
    }
  }
  if (
    typeof document.swagger === 'string' ||
    typeof document.swagger === 'number'
  ) {
    const schemes = Array.isArray(document.schemes)
      ? document.schemes.filter((s) => typeof s === 'string')
      : []
    const host =
      typeof document.host === 'string' && document.host
        ? document.host
        : page.host
    const basePath =
      typeof document.basePath === 'string' ? document.basePath : ''
    const protocols = schemes.length
      ? schemes
      : [page.protocol.replace(':', '')]
    for (const scheme of protocols)
      add(
        `${scheme}://${host}${basePath.startsWith('/') || !basePath ? '' : '/'}${basePath}`,
      )
    return [...bases]
  }
  const servers = Array.isArray(document.servers) ? document.servers : []
  for (const server of servers) {
    if (typeof server !== 'object' || server === null) continue
    const { url, variables } = server as {
      url?: unknown
      variables?: Record<string, { default?: unknown }>
    }
    if (typeof url !== 'string') continue
    // Variables take their defaults; a user-edited value no longer matches, and such a request keeps its own host.
    const filled = url.replace(/\{([^}]+)\}/g, (_, name: string) =>
      String(variables?.[name]?.default ?? ''),
    )
    add(filled)
  }
  if (bases.size === 0) add(page.origin)
  return [...bases]
}
