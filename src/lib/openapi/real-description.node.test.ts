import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSlice } from './build-slice'
import { digestDescription } from './digest-description'
import { refsIn, resolves } from './testing/json-refs'

const realSpecPath =
  process.env.APPCENTER_SPEC ??
  path.resolve(__dirname, '../../../../shared/specs/appcenter.swagger.json')

const parse = (json: string) => JSON.parse(json) as Record<string, unknown>

describe.skipIf(!existsSync(realSpecPath))(
  'the real App Center description',
  () => {
    const document = JSON.parse(readFileSync(realSpecPath, 'utf8')) as Record<
      string,
      unknown
    >
    const digest = digestDescription(document)

    it('indexes its 355 operations and can be sliced by reference', () => {
      expect(digest.operations).toHaveLength(355)
      expect(digest.parts.sliceable).toBe(true)
      const user = digest.operations.find(
        (operation) =>
          operation.method === 'get' && operation.path === '/v0.1/user',
      )
      expect(user?.linkId).toBe('users_get')
      expect(user?.tags).toEqual(['account'])
    })

    it('rebuilds to the same document', () => {
      expect(parse(buildSlice(digest, { kind: 'all' }))).toEqual(document)
    })

    it('gives every tag a self-contained slice with exactly its operations', () => {
      for (const tag of digest.tags) {
        const slice = parse(buildSlice(digest, { kind: 'tag', tag: tag.name }))
        const paths = slice.paths as Record<string, Record<string, unknown>>
        const count = Object.values(paths).reduce(
          (sum, item) =>
            sum +
            Object.keys(item).filter((key) => key !== 'parameters').length,
          0,
        )
        expect(count, tag.name).toBe(tag.operations.length)
        for (const ref of refsIn(slice))
          if (ref.startsWith('#'))
            expect(resolves(slice, ref), `${tag.name}: ${ref}`).toBe(true)
      }
    })
  },
)
