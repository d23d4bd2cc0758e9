import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generate, HAND_WRITTEN_PATH, REFERENCE_PATH } from './generate.ts'
import { proseIn, runsOf, RUN_LENGTH, stringsIn } from './testing/word-runs.ts'

// The committed description against the reference it is generated from
// (../shared, or APPCENTER_SPEC). Skipped when the reference is absent:
// building and testing never need it.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']
const OUTPUT = new URL('../../public/openapi.yaml', import.meta.url)
const haveReference = existsSync(REFERENCE_PATH)

if (!haveReference)
  console.warn(
    `Skipping the checks against the reference: ${REFERENCE_PATH} is absent (set APPCENTER_SPEC to point at it).`,
  )

type Paths = Record<string, Record<string, { operationId?: string }>>

function operationsOf(paths: Paths): string[] {
  return Object.entries(paths)
    .flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map(
        (method) => `${method} ${path} ${item[method]!.operationId}`,
      ),
    )
    .sort()
}

describe.skipIf(!haveReference)(
  'the bundled description and the reference',
  () => {
    const reference = haveReference
      ? (JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as { paths: Paths })
      : { paths: {} }
    const committed = readFileSync(OUTPUT, 'utf8')

    it('has exactly the reference’s 355 operations (method, path, operationId)', () => {
      const ours = operationsOf(
        (JSON.parse(committed) as { paths: Paths }).paths,
      )
      expect(ours).toHaveLength(355)
      expect(ours).toEqual(operationsOf(reference.paths))
    })

    it(`shares no run of ${RUN_LENGTH} words with the reference’s prose`, () => {
      const theirs = new Set(proseIn(reference).flatMap(runsOf))
      expect(theirs.size).toBeGreaterThan(1000)
      const ours = [
        ...stringsIn(JSON.parse(committed)),
        readFileSync(HAND_WRITTEN_PATH, 'utf8'),
        ...readdirSync(new URL('./words/', import.meta.url), {
          recursive: true,
          encoding: 'utf8',
        })
          .filter((file) => file.endsWith('.ts'))
          .map((file) =>
            readFileSync(new URL(`./words/${file}`, import.meta.url), 'utf8'),
          ),
      ]
      const shared = new Set(
        ours.flatMap(runsOf).filter((run) => theirs.has(run)),
      )
      expect([...shared]).toEqual([])
    })

    it('is what the generator writes (nobody edits it by hand)', () => {
      expect(generate() === committed, 'run npm run generate:description').toBe(
        true,
      )
    })
  },
)
