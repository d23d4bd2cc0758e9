import type {
  IndexedOperation,
  IndexedTag,
} from '@/lib/openapi/digest-description'

export type IndexRow =
  | { kind: 'tag'; tag: string; description: string; shown: number }
  | { kind: 'operation'; tag: string; position: number }

export interface SearchableIndex {
  tags: IndexedTag[]
  operations: IndexedOperation[]
  /** Lower-cased text each operation is found by, per tag. */
  haystacks: Map<string, string[]>
}

/** Prepared once per description, so typing in the filter only compares strings. */
export function searchableIndex(
  tags: IndexedTag[],
  operations: IndexedOperation[],
): SearchableIndex {
  const haystacks = new Map<string, string[]>()
  for (const tag of tags)
    haystacks.set(
      tag.name,
      tag.operations.map((position) => {
        const operation = operations[position]!
        return [
          tag.name,
          operation.method,
          operation.path,
          operation.summary,
          operation.operationId ?? '',
        ]
          .join('\n')
          .toLowerCase()
      }),
    )
  return { tags, operations, haystacks }
}

/**
 * The rows of the index for a filter text: every word must appear in the
 * operation's tag, method, path, summary or operationId ("get user" finds
 * GET /v0.1/user). Tags without a match disappear.
 */
export function indexRows(index: SearchableIndex, query: string): IndexRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const rows: IndexRow[] = []
  for (const tag of index.tags) {
    const haystacks = index.haystacks.get(tag.name)!
    const matching =
      words.length === 0
        ? tag.operations
        : tag.operations.filter((_, at) =>
            words.every((word) => haystacks[at]!.includes(word)),
          )
    if (matching.length === 0) continue
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
