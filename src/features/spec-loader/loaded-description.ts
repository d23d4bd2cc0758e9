import {
  stageDigest,
  type DescriptionIndex,
  type DescriptionParts,
} from '@/lib/openapi/digest-description'
import type { ParsedDescription } from './parse-description'

/** What a description's summary says of it (its title, format, version…). */
export type DescriptionSummary = Omit<ParsedDescription, 'document'>

/**
 * What the page keeps of a description at first: its summary and its index,
 * never the parsed document. Its parts (JSON text) are a query of their own
 * (`specPartsQueryOptions`), so the operation index shows without waiting.
 */
export type LoadedDescription = DescriptionSummary & {
  index: DescriptionIndex
}

/** A load in progress: the description, and its parts, which follow it. */
export interface DescriptionLoad {
  description: LoadedDescription
  parts: Promise<DescriptionParts>
}

/** A parsed description taken apart, its summary and index at once (see stageDigest). */
export function stageParsed({ document, ...summary }: ParsedDescription): {
  summary: DescriptionSummary
  index: DescriptionIndex
  parts: () => DescriptionParts
} {
  const staged = stageDigest(document)
  return { summary, index: staged.index, parts: staged.parts }
}
