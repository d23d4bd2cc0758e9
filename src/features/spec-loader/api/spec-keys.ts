import { sourceKey, type DescriptionSource } from '../description-source'

/**
 * Every key of a description's queries, by source: the description (its
 * summary and index), then its parts, which follow it.
 */
export const specKeys = {
  all: ['spec'] as const,
  description: (source: DescriptionSource) =>
    [...specKeys.all, { source: sourceKey(source) }] as const,
  parts: (source: DescriptionSource) =>
    [...specKeys.description(source), 'parts'] as const,
}
