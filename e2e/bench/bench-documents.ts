import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SCALES, type DocName } from './options'

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

/** x1 is the real description byte for byte; the others are written to `outDir` for inspection. */
export function prepareDocuments(
  specPath: string,
  names: DocName[],
  outDir: string,
): BenchDocument[] {
  const original = readFileSync(specPath)
  const description = JSON.parse(original.toString('utf8')) as Description
  mkdirSync(outDir, { recursive: true })
  return names.map((name) => {
    const factor = SCALES[name]
    const scaled =
      factor === 1 ? description : scaleDescription(description, factor)
    const body =
      factor === 1 ? original : Buffer.from(JSON.stringify(scaled, null, 2))
    if (factor !== 1) writeFileSync(path.join(outDir, `${name}.json`), body)
    return {
      name,
      urlPath: `/bench-docs/${name}.json`,
      body,
      operations: countOperations(scaled),
    }
  })
}
