/** The parts of Swagger UI's system a deep link needs. */
export interface DeepLinkSystem {
  getConfigs(): { deepLinking?: boolean }
  layoutSelectors: {
    isShownKeyFromUrlHashArray(parts: string[]): string[]
  }
  layoutActions: {
    show(key: string[], shown: boolean): void
    scrollTo(key: string[]): void
    scrollToVirtualizedOperation(key: string[]): void
  }
}

/**
 * Opens `#/{tag}/{operationId}` (already URI-decoded) as Swagger UI 5.34's
 * own parseDeepLinkHash does: the tag, the operation, scrolled to, in a
 * plain or a virtual list.
 */
export function openDeepLink(system: DeepLinkSystem, hash: string): void {
  if (!system.getConfigs().deepLinking || !hash) return
  let path = hash.slice(1)
  if (path.startsWith('!')) path = path.slice(1)
  if (path.startsWith('/')) path = path.slice(1)
  const { layoutSelectors, layoutActions } = system
  const key = layoutSelectors.isShownKeyFromUrlHashArray(
    path.split('/').map((part) => part || ''),
  )
  const [kind, tag = ''] = key
  if (kind === 'operations')
    layoutActions.show(layoutSelectors.isShownKeyFromUrlHashArray([tag]), true)
  layoutActions.show(key, true)
  layoutActions.scrollTo(key)
  layoutActions.scrollToVirtualizedOperation(key)
}

/**
 * Swagger UI 5.34 takes a `_` in a deep link's tag or operationId for an
 * old way of writing a space: it logs "Deprecated: escaping deep link
 * whitespace with `_`…" as a console error and opens both readings. Every
 * App Center operationId has one (`users_get`), so every link logged it,
 * about nothing. Our links write spaces as %20 (src/lib/openapi/deep-link.ts)
 * and the operation index never reads `_` as a space, so a link opens
 * as written, once, and quietly.
 */
export function deepLinkPlugin() {
  return {
    statePlugins: {
      layout: {
        wrapActions: {
          // Wrappers get Swagger UI's bound action and system; what they return is called, not dispatched.
          parseDeepLinkHash:
            (_original: unknown, system: DeepLinkSystem) => (hash: string) =>
              openDeepLink(system, hash),
        },
      },
    },
  }
}
