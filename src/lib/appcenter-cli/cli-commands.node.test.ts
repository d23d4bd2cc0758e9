import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CLI_COMMANDS } from './cli-commands'

const root = path.resolve(__dirname, '../../..')
const realSpecPath =
  process.env.APPCENTER_SPEC ??
  path.resolve(root, '../shared/specs/appcenter.swagger.json')

type Paths = Record<string, Record<string, { operationId?: unknown }>>

/** Each operation's path, by operationId. */
function pathsById(document: { paths?: Paths }) {
  const found = new Map<string, string>()
  for (const [route, item] of Object.entries(document.paths ?? {}))
    for (const operation of Object.values(item))
      if (typeof operation?.operationId === 'string')
        found.set(operation.operationId, route)
  return found
}

const APP_PATH = /^\/v0\.1\/apps\/\{owner_name\}\/\{app_name\}(\/|$)/

/** A command that takes `--app` calls an operation on one app, and one that does not, not. */
function expectAppFlagsMatch(paths: Map<string, string>) {
  for (const [id, command] of Object.entries(CLI_COMMANDS)) {
    const route = paths.get(id)
    if (route === undefined) continue
    expect(APP_PATH.test(route), `${id} ${route}`).toBe(command.app)
  }
}

const mapped = Object.keys(CLI_COMMANDS)

describe('the CLI table against the descriptions', () => {
  it('matches the bundled description, and names only its operations once it has them all', () => {
    const bundled = pathsById(
      parse(readFileSync(path.join(root, 'public/openapi.yaml'), 'utf8')) as {
        paths?: Paths
      },
    )
    expect(mapped.filter((id) => bundled.has(id)).length).toBeGreaterThan(0)
    expectAppFlagsMatch(bundled)
    if (bundled.size >= 355)
      expect(mapped.filter((id) => !bundled.has(id))).toEqual([])
  })

  it.skipIf(!existsSync(realSpecPath))(
    `names only operations of the real App Center description (needs ${realSpecPath})`,
    () => {
      const real = pathsById(
        JSON.parse(readFileSync(realSpecPath, 'utf8')) as { paths?: Paths },
      )
      expect(mapped.filter((id) => !real.has(id))).toEqual([])
      expectAppFlagsMatch(real)
    },
  )
})
