import { create } from 'zustand'
import { descriptionRoute } from '@/lib/page-server'

export interface RemoteRefOrigin {
  origin: string
  /** The documents referred to on that origin (without fragments). */
  documents: string[]
}

/** Every `$ref` of `spec` to a document on another origin, grouped by origin. */
export function remoteRefs(spec: unknown, pageHref: string): RemoteRefOrigin[] {
  const pageOrigin = new URL(pageHref).origin
  const byOrigin = new Map<string, Set<string>>()
  const seen = new Set<unknown>()
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return
    seen.add(node)
    for (const [key, value] of Object.entries(node)) {
      if (
        key === '$ref' &&
        typeof value === 'string' &&
        !value.startsWith('#')
      ) {
        let url: URL
        try {
          url = new URL(value, pageHref)
        } catch {
          continue
        }
        if (url.origin === pageOrigin || !/^https?:$/.test(url.protocol))
          continue
        url.hash = ''
        const documents = byOrigin.get(url.origin) ?? new Set<string>()
        documents.add(url.href)
        byOrigin.set(url.origin, documents)
      } else visit(value)
    }
  }
  visit(spec)
  return [...byOrigin].map(([origin, documents]) => ({
    origin,
    documents: [...documents],
  }))
}

interface RemoteRefState {
  /** Documents the user let the page fetch, and the URL each is fetched from (directly, or through the explorer's server). */
  fetchFrom: Record<string, string>
  /** Origins the user allowed, and why one could not be fetched after all. */
  allowed: Record<string, { blockedBecause: string | null }>
  allow: (origin: RemoteRefOrigin) => Promise<void>
}

/** What the user allowed, for this page's life only: a reload asks again. */
export const useRemoteRefs = create<RemoteRefState>()((set) => ({
  fetchFrom: {},
  allowed: {},
  allow: async ({ origin, documents }) => {
    const routes = await Promise.all(
      documents.map(async (url) => [url, await descriptionRoute(url)] as const),
    )
    const fetchFrom: Record<string, string> = {}
    let blockedBecause: string | null = null
    for (const [url, route] of routes) {
      // Through the server where there is one: a URL of its own, which Swagger UI has not tried (and cached) before.
      if (route.kind === 'server') fetchFrom[url] = route.endpoint
      else if (route.kind === 'direct') fetchFrom[url] = route.fallback ?? url
      else blockedBecause = route.origin
    }
    set((state) => ({
      fetchFrom: { ...state.fetchFrom, ...fetchFrom },
      allowed: { ...state.allowed, [origin]: { blockedBecause } },
    }))
  },
}))

/** Where a `$ref` document on another origin is fetched from, once allowed; null until then. */
export function allowedRefUrl(url: string): string | null {
  try {
    const document = new URL(url)
    document.hash = ''
    return useRemoteRefs.getState().fetchFrom[document.href] ?? null
  } catch {
    return null
  }
}

/**
 * The description with each allowed `$ref` pointing where its document is
 * fetched from (the explorer's server, for most), its JSON pointer kept.
 */
export function withAllowedRefs(
  specText: string,
  fetchFrom: Record<string, string>,
  pageHref: string,
): string {
  if (Object.keys(fetchFrom).length === 0) return specText
  const spec = JSON.parse(specText) as unknown
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, value] of Object.entries(node)) {
      if (
        key === '$ref' &&
        typeof value === 'string' &&
        !value.startsWith('#')
      ) {
        const [document = '', pointer] = value.split('#', 2)
        let from: string | undefined
        try {
          from = fetchFrom[new URL(document, pageHref).href]
        } catch {
          continue
        }
        if (from)
          (node as Record<string, unknown>)[key] =
            pointer === undefined ? from : `${from}#${pointer}`
      } else visit(value)
    }
  }
  visit(spec)
  return JSON.stringify(spec)
}
