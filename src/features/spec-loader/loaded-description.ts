import {
  stageDigest,
  type DescriptionIndex,
  type DescriptionParts,
} from '@/lib/openapi/digest-description'
import type { ParsedDescription } from './parse-description'

/** What a description's summary says of it (its title, format, version…). */
export type DescriptionSummary = Omit<ParsedDescription, 'document'>

/**
 * What the page keeps of a description: its summary, its index, and its
 * parts as JSON text, never the parsed document. The parts follow the index:
 * the operation index shows without waiting for them.
 */
export type LoadedDescription = DescriptionSummary & {
  index: DescriptionIndex
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
