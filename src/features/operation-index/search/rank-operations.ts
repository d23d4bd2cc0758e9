import type { IndexedOperation } from '@/lib/openapi/digest-description'
import { HTTP_METHODS } from '@/lib/http-methods'

/**
 * How well an operation matches a filter text: lower is better, null is no
 * match. Exact path or operationId matches first, then paths that begin with
 * the text, then by the weakest field any word was found in.
 */
export const MATCH = {
  exact: 0,
  pathPrefix: 1,
  /** Path, operationId, method or tag. */
  name: 2,
  summary: 3,
  /** Parameter and schema names. */
  names: 4,
  description: 5,
} as const

/** An operation's text, lower-cased once per description so each keystroke only compares. */
export interface SearchFields {
  method: string
  path: string
  /** The path without its leading slash and version segment: `user` for `/v0.1/user`. */
  route: string
  operationId: string
  summary: string
  names: string
  description: string
  /** Everything above in one string, for a quick no. */
  all: string
}

export interface FilterQuery {
  words: string[]
  /** The whole text, as written to compare with a path or an operationId. */
  whole: string
}

const VERSION_SEGMENT = /^v\d+(\.\d+)*\//

/** `/v0.1/user/` → `user`: how a path is compared, written either way. */
function routeOf(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(VERSION_SEGMENT, '')
    .replace(/\/+$/, '')
}

export function searchFields(operation: IndexedOperation): SearchFields {
  const path = operation.path.toLowerCase()
  const names = [...(operation.parameters ?? []), ...(operation.schemas ?? [])]
    .join('\n')
    .toLowerCase()
  const fields = {
    method: operation.method.toLowerCase(),
    path,
    route: routeOf(path),
    operationId: (operation.operationId ?? '').toLowerCase(),
    summary: operation.summary.toLowerCase(),
    names,
    description: (operation.description ?? '').toLowerCase(),
  }
  return {
    ...fields,
    all: [
      fields.method,
      fields.path,
      fields.operationId,
      fields.summary,
      fields.names,
      fields.description,
    ].join('\n'),
  }
}

export function parseQuery(text: string): FilterQuery {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  return { words, whole: words.join(' ') }
}

const methods: readonly string[] = HTTP_METHODS

/** The best field one word is found in, or null. */
function wordRank(
  word: string,
  fields: SearchFields,
  tag: string,
): number | null {
  if (!fields.all.includes(word) && !tag.includes(word)) return null
  if (
    fields.path.includes(word) ||
    fields.operationId.includes(word) ||
    fields.method === word ||
    tag.includes(word)
  )
    return MATCH.name
  if (fields.summary.includes(word)) return MATCH.summary
  if (fields.names.includes(word)) return MATCH.names
  if (fields.description.includes(word)) return MATCH.description
  // Inside "get" of the method list but not a whole method name ("ge"): as weak as a description.
  return MATCH.description
}

/** Exact or prefix matches of the text (less a leading method word that is this operation's). */
function nameRank(query: FilterQuery, fields: SearchFields): number | null {
  if (fields.operationId && query.whole === fields.operationId)
    return MATCH.exact
  const [first, ...rest] = query.words
  const text =
    first && methods.includes(first) && first === fields.method && rest.length
      ? rest.join(' ')
      : query.whole
  const route = routeOf(text)
  if (!route) return null
  if (route === fields.route || text === fields.operationId) return MATCH.exact
  if (fields.route.startsWith(route)) return MATCH.pathPrefix
  return null
}

/**
 * Whether the operation, listed under `tag` (lower-cased), matches every
 * word, and how well (see MATCH).
 */
export function rankOperation(
  query: FilterQuery,
  fields: SearchFields,
  tag: string,
): number | null {
  if (query.words.length === 0) return MATCH.exact
  // The path written another way ("v0.1/user/") matches it though not every word is in it.
  const byName = nameRank(query, fields)
  if (byName !== null) return byName
  let weakest: number = MATCH.exact
  for (const word of query.words) {
    const rank = wordRank(word, fields, tag)
    if (rank === null) return null
    weakest = Math.max(weakest, rank)
  }
  return weakest
}
