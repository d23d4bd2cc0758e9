import type {
  IndexedOperation,
  IndexedTag,
} from '@/lib/openapi/digest-description'
import {
  parseQuery,
  rankOperation,
  searchFields,
  type SearchFields,
} from './search/rank-operations'

export type IndexRow =
  | { kind: 'tag'; tag: string; description: string; shown: number }
  | { kind: 'operation'; tag: string; position: number }

export interface SearchableIndex {
  tags: IndexedTag[]
  operations: IndexedOperation[]
  /** Parallel to `operations`: the lower-cased text each is found by. */
  fields: SearchFields[]
}

/** Prepared once per description, so typing in the filter only compares strings. */
export function searchableIndex(
  tags: IndexedTag[],
  operations: IndexedOperation[],
): SearchableIndex {
  return { tags, operations, fields: operations.map(searchFields) }
}

interface TagMatch {
  tag: IndexedTag
  /** Operation positions, best match first. */
  matching: number[]
  best: number
}

/**
 * The rows of the index for a filter text. Every word must appear in the
 * operation's tag, method, path, operationId, summary, parameter or schema
 * names or description ("get user" finds GET /v0.1/user). Best matches
 * come first (see rankOperation), within their tag and among tags; tags
 * without a match disappear. Without a filter, the document's order.
 */
export function indexRows(index: SearchableIndex, text: string): IndexRow[] {
  const query = parseQuery(text)
  const matches: TagMatch[] = []
  for (const tag of index.tags) {
    if (query.words.length === 0) {
      matches.push({ tag, matching: tag.operations, best: 0 })
      continue
    }
    const tagName = tag.name.toLowerCase()
    const ranked: [position: number, rank: number][] = []
    for (const position of tag.operations) {
      const rank = rankOperation(query, index.fields[position]!, tagName)
      if (rank !== null) ranked.push([position, rank])
    }
    if (ranked.length === 0) continue
    // Array sort is stable: equal ranks keep the document's order.
    ranked.sort((a, b) => a[1] - b[1])
    matches.push({
      tag,
      matching: ranked.map(([position]) => position),
      best: ranked[0]![1],
    })
  }
  matches.sort((a, b) => a.best - b.best)
  const rows: IndexRow[] = []
  for (const { tag, matching } of matches) {
    rows.push({
      kind: 'tag',
      tag: tag.name,
      description: tag.description,
      shown: matching.length,
    })
    for (const position of matching)
      rows.push({ kind: 'operation', tag: tag.name, position })
  }
  return rows
}
