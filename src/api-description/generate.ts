import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import {
  buildDescription,
  toText,
  type ReferenceDescription,
} from './build-description.ts'
import type { Json } from './convert-schema.ts'

// Writes public/openapi.yaml from the reference description (facts) and our
// hand-written part and words. Run at development time with
// `npm run generate:description`; the output is committed, so building and
// testing never need the reference.

export const REFERENCE_PATH =
  process.env.APPCENTER_SPEC ??
  fileURLToPath(
    new URL('../../../shared/specs/appcenter.swagger.json', import.meta.url),
  )
export const HAND_WRITTEN_PATH = fileURLToPath(
  new URL('./hand-written.yaml', import.meta.url),
)
export const OUTPUT_PATH = fileURLToPath(
  new URL('../../public/openapi.yaml', import.meta.url),
)

export function generate(referencePath = REFERENCE_PATH): string {
  const reference = JSON.parse(
    readFileSync(referencePath, 'utf8'),
  ) as ReferenceDescription
  const handWritten = parse(readFileSync(HAND_WRITTEN_PATH, 'utf8')) as Json
  return toText(buildDescription(reference, handWritten))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT_PATH, generate())
  console.log(`Wrote ${OUTPUT_PATH}`)
}
