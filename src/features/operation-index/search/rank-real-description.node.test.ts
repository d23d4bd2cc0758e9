import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { digestDescription } from '@/lib/openapi/digest-description'
import { indexRows, searchableIndex } from '../index-rows'

const realSpecPath =
  process.env.APPCENTER_SPEC ??
  path.resolve(__dirname, '../../../../../shared/specs/appcenter.swagger.json')
const present = existsSync(realSpecPath)

describe('the filter on the real App Center description', () => {
  it.skipIf(!present)(
    `puts GET /v0.1/user first for "user" (needs ${realSpecPath})`,
    () => {
      const document = JSON.parse(readFileSync(realSpecPath, 'utf8')) as Record<
        string,
        unknown
      >
      const digest = digestDescription(document)
      const index = searchableIndex(digest.tags, digest.operations)
      const first = (query: string) => {
        const row = indexRows(index, query).find(
          (candidate) => candidate.kind === 'operation',
        )
        if (row?.kind !== 'operation') return null
        const operation = digest.operations[row.position]!
        return `${operation.method.toUpperCase()} ${operation.path}`
      }
      expect(first('user')).toBe('GET /v0.1/user')
      expect(first('/v0.1/user')).toBe('GET /v0.1/user')
      expect(first('users_get')).toBe('GET /v0.1/user')
      expect(first('releases_list')).toBe(
        'GET /v0.1/apps/{owner_name}/{app_name}/releases',
      )
      // Found by a parameter's name only, which no path, summary or operationId has.
      expect(
        indexRows(index, 'published_only').some(
          (row) => row.kind === 'operation',
        ),
      ).toBe(true)
    },
  )
})
