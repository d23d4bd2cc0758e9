import { queryOptions } from '@tanstack/react-query'
import { policyAllowsConnect } from '@/lib/connect-src'

/** What the page's own server says of itself: its policy, and where it fetches descriptions, if it does. */
export interface PageServer {
  /** The page's Content-Security-Policy, or null when it has none. */
  policy: string | null
  /** The same-origin endpoint that fetches descriptions (src/server/description-fetch-plugin.ts); null on a static host. */
  fetchEndpoint: string | null
}

let probe: Promise<PageServer> | null = null

/**
 * Asked once, of the page's own address (HEAD): the headers tell both the
 * policy the browser enforces and whether this server fetches descriptions
 * (`npm start`, `npm run dev`, `npm run preview`) or is a static host.
 */
export function pageServer(): Promise<PageServer> {
  probe ??= fetch(new URL(import.meta.env.BASE_URL, window.location.href), {
    method: 'HEAD',
    cache: 'no-store',
    credentials: 'omit',
  }).then(
    (response) => {
      const endpoint = response.headers.get('x-explorer-description-fetch')
      const resolved = endpoint ? new URL(endpoint, window.location.href) : null
      return {
        policy: response.headers.get('content-security-policy'),
        fetchEndpoint:
          resolved?.origin === window.location.origin ? resolved.href : null,
      }
    },
    () => {
      probe = null
      return { policy: null, fetchEndpoint: null }
    },
  )
  return probe
}

/** Forgets the answer (tests). */
export function resetPageServer(): void {
  probe = null
}

export type DescriptionRoute =
  /** Fetched by the page itself; `fallback` is the server's endpoint, should the host not allow the page to read it (CORS). */
  | { kind: 'direct'; fallback: string | null }
  | { kind: 'server'; endpoint: string }
  /** The page's policy stops it and no server can fetch it for the page. */
  | { kind: 'blocked'; origin: string }

/** How a description (or a document one refers to) is fetched: by the page, by the page's server, or not at all. */
export async function descriptionRoute(url: string): Promise<DescriptionRoute> {
  const target = new URL(url, window.location.href)
  if (target.origin === window.location.origin)
    return { kind: 'direct', fallback: null }
  const server = await pageServer()
  const endpoint = server.fetchEndpoint
    ? `${server.fetchEndpoint}?url=${encodeURIComponent(target.href)}`
    : null
  if (
    server.policy === null ||
    policyAllowsConnect(server.policy, target.href, window.location.origin)
  )
    return { kind: 'direct', fallback: endpoint }
  if (endpoint) return { kind: 'server', endpoint }
  return { kind: 'blocked', origin: target.origin }
}

export function descriptionRouteQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['description-route', { url }],
    queryFn: () => descriptionRoute(url),
    staleTime: Infinity,
  })
}
