import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLED, bundledPath, SCALES, type DocName } from './options'

const METHODS = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
])

type Operation = Record<string, unknown> & { operationId?: string }
type PathItem = Record<string, unknown>
interface Description {
  paths: Record<string, PathItem>
  [key: string]: unknown
}

export interface BenchDocument {
  name: DocName
  /** Served at this path by the bench server. */
  urlPath: string
  /** The bundled description: our page opens it without ?url=, as a visitor's first load does. */
  bundled: boolean
  /** Opens GET /v0.1/user, whose tag is named differently in ours and in the reference. */
  deepLink: string
  body: Buffer
  operations: number
}

function countOperations(description: Description): number {
  let count = 0
  for (const item of Object.values(description.paths))
    for (const method of Object.keys(item)) if (METHODS.has(method)) count++
  return count
}

/**
 * `factor` copies of every path: the originals, then each under /copyN with
 * operationIds suffixed _copyN, so deep links and GET /v0.1/user stay as in
 * the real description and every operationId stays unique. Tags and
 * definitions are shared, as in a larger API of the same shape.
 */
export function scaleDescription(
  description: Description,
  factor: number,
): Description {
  const paths: Record<string, PathItem> = { ...description.paths }
  for (let copy = 2; copy <= factor; copy++) {
    for (const [route, item] of Object.entries(description.paths)) {
      const clone = structuredClone(item)
      for (const [method, operation] of Object.entries(clone)) {
        if (!METHODS.has(method)) continue
        const op = operation as Operation
        if (typeof op.operationId === 'string')
          op.operationId = `${op.operationId}_copy${copy}`
      }
      paths[`/copy${copy}${route}`] = clone
    }
  }
  return { ...description, paths }
}

/**
 * x1 is the real description byte for byte; the others are written to
 * `outDir` for inspection. `bundled` is public/openapi.yaml, which needs no
 * ../shared.
 */
export function prepareDocuments(
  specPath: string,
  names: DocName[],
  outDir: string,
): BenchDocument[] {
  let original: Buffer | undefined
  let description: Description | undefined
  const real = () => {
    original ??= readFileSync(specPath)
    description ??= JSON.parse(original.toString('utf8')) as Description
    return { original, description }
  }
  mkdirSync(outDir, { recursive: true })
  return names.map((name) => {
    if (name === BUNDLED) {
      const body = readFileSync(bundledPath)
      return {
        name,
        urlPath: `/bench-docs/${name}.json`,
        bundled: true,
        deepLink: '#/Account/users_get',
        body,
        operations: countOperations(
          JSON.parse(body.toString('utf8')) as Description,
        ),
      }
    }
    const factor = SCALES[name]
    const { original: bytes, description: parsed } = real()
    const scaled = factor === 1 ? parsed : scaleDescription(parsed, factor)
    const body =
      factor === 1 ? bytes : Buffer.from(JSON.stringify(scaled, null, 2))
    if (factor !== 1) writeFileSync(path.join(outDir, `${name}.json`), body)
    return {
      name,
      urlPath: `/bench-docs/${name}.json`,
      bundled: false,
      deepLink: '#/account/users_get',
      body,
      operations: countOperations(scaled),
    }
  })
}
