import {
  digestDescription,
  type DescriptionDigest,
} from '@/lib/openapi/digest-description'
import type { ParsedDescription } from './parse-description'

/** What the page keeps of a description: its summary and its digest, not the parsed document. */
export type LoadedDescription = Omit<ParsedDescription, 'document'> & {
  digest: DescriptionDigest
}

export function digestParsed({
  document,
  ...summary
}: ParsedDescription): LoadedDescription {
  return { ...summary, digest: digestDescription(document) }
}
