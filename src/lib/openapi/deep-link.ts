/**
 * Swagger UI's deep links: `#/{tag}/{operation key}`, spaces written as
 * %20, the whole hash URI-decoded when read. The operation index writes the
 * same links, so a link copied from either opens the same operation.
 */
export interface DeepLink {
  tag: string
  linkId: string | null
}

function segment(text: string): string {
  return encodeURIComponent(text.trim())
}

export function deepLinkHash(tag: string, linkId?: string | null): string {
  return linkId ? `#/${segment(tag)}/${segment(linkId)}` : `#/${segment(tag)}`
}

export function parseDeepLink(hash: string): DeepLink | null {
  let text = hash.startsWith('#') ? hash.slice(1) : hash
  if (text.startsWith('!')) text = text.slice(1)
  if (!text.startsWith('/')) return null
  const [rawTag, rawId] = text.slice(1).split('/')
  let tag: string
  let linkId: string | null
  try {
    tag = decodeURIComponent(rawTag ?? '')
    linkId = rawId ? decodeURIComponent(rawId) : null
  } catch {
    return null
  }
  return tag ? { tag, linkId } : null
}
