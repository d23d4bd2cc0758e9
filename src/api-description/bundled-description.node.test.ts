import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { OPERATIONS } from './words/operations.ts'
import { PARAMETERS } from './words/parameters.ts'
import { TAGS } from './words/tags.ts'

// Checks on the committed public/openapi.yaml that need nothing but the
// repository. The checks against the reference are in
// matches-reference.node.test.ts.

type Json = Record<string, unknown>

const text = readFileSync(
  new URL('../../public/openapi.yaml', import.meta.url),
  'utf8',
)
const document = JSON.parse(text) as {
  openapi: string
  tags: { name: string; description: string }[]
  paths: Record<string, Record<string, Json>>
  components: {
    schemas: Record<string, Json>
    responses: Record<string, Json>
    parameters: Record<string, Json>
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({
    method,
    path,
    pointer: `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`,
    operation: item[method]!,
  })),
)

/** The first-call operations, written with their own words in hand-written.yaml. */
const handWritten = parse(
  readFileSync(new URL('./hand-written.yaml', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, Json>> }
const firstCall = new Set(
  Object.values(handWritten.paths).flatMap((item) =>
    METHODS.filter((method) => item[method]).map((method) =>
      String(item[method]!.operationId),
    ),
  ),
)

function resolveResponse(response: Json): Json {
  const ref = response.$ref
  if (typeof ref !== 'string') return response
  return document.components.responses[
    ref.replace('#/components/responses/', '')
  ]!
}

/**
 * The hand-written operations keep their examples on the component schemas,
 * which Swagger UI shows just the same.
 */
function schemaExample(schema: Json): unknown {
  const ref = schema.$ref
  if (typeof ref === 'string')
    return document.components.schemas[
      ref.replace('#/components/schemas/', '')
    ]!.example
  if (schema.type === 'array') {
    const item = schemaExample(schema.items as Json)
    return item === undefined ? undefined : [item]
  }
  return undefined
}

describe('the bundled description', () => {
  it('is JSON (so the explorer parses it fast) and OpenAPI 3.0', () => {
    expect(text.trimStart().startsWith('{')).toBe(true)
    expect(document.openapi).toBe('3.0.3')
  })

  it('describes all 355 operations of the App Center API on 263 paths', () => {
    expect(operations).toHaveLength(355)
    expect(Object.keys(document.paths)).toHaveLength(263)
    const ids = operations.map(({ operation }) => operation.operationId)
    expect(new Set(ids).size).toBe(355)
  })

  it('keeps the first-call operations first, with their tags', () => {
    const first = operations
      .slice(0, 20)
      .map(({ operation }) => [
        operation.operationId,
        (operation.tags as string[])[0],
      ])
    expect(first).toContainEqual(['users_get', 'Account'])
    expect(first).toContainEqual(['apps_list', 'Apps'])
    expect(first).toContainEqual(['users_list', 'App users'])
    expect(first).toContainEqual(['organizations_get', 'Organizations'])
    expect(first).toContainEqual(['userApiTokens_create', 'API tokens'])
  })

  it('gives every operation a summary, a description and a declared tag', () => {
    const declared = new Set(document.tags.map((tag) => tag.name))
    expect(document.tags).toEqual(TAGS)
    const used = new Set<string>()
    for (const { method, path, operation } of operations) {
      const where = `${method} ${path}`
      expect(operation.summary, where).toMatch(/\w/)
      expect(operation.description, where).toMatch(/\w/)
      const tags = operation.tags as string[]
      expect(tags, where).toHaveLength(1)
      expect(declared.has(tags[0]!), where).toBe(true)
      used.add(tags[0]!)
    }
    expect([...declared].filter((tag) => !used.has(tag))).toEqual([])
  })

  it('answers errors in App Center’s shape on every operation', () => {
    for (const { method, path, operation } of operations) {
      const responses = operation.responses as Record<string, Json>
      for (const [status, response] of Object.entries(responses)) {
        if (/^2/.test(status)) continue
        const content = resolveResponse(response).content as Record<
          string,
          Json
        >
        expect(
          content['application/json']!.schema,
          `${method} ${path} ${status}`,
        ).toEqual({ $ref: '#/components/schemas/Error' })
      }
    }
  })

  it('has an example on every JSON request body and 2xx response, valid against its schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    // Formats the API declares that JSON Schema does not define.
    for (const format of [
      'URL',
      'dateTime',
      'Timespan',
      'long',
      'file',
      'string',
    ])
      ajv.addFormat(format, true)
    ajv.addSchema(document, 'openapi')
    let checked = 0
    const problems: string[] = []
    const check = (pointer: string, media: Json | undefined, where: string) => {
      if (!media) return
      checked++
      const example = media.example ?? schemaExample(media.schema as Json)
      if (example === undefined) return problems.push(`${where}: no example`)
      const validate = ajv.getSchema(`openapi#${pointer}/schema`)!
      if (!validate(example))
        problems.push(`${where}: ${ajv.errorsText(validate.errors)}`)
    }
    for (const { method, path, pointer, operation } of operations) {
      const body = operation.requestBody as Json | undefined
      const bodyContent = body?.content as Record<string, Json> | undefined
      check(
        `${pointer}/requestBody/content/application~1json`,
        bodyContent?.['application/json'],
        `${method} ${path} request body`,
      )
      const responses = operation.responses as Record<string, Json>
      for (const [status, response] of Object.entries(responses)) {
        if (!/^2/.test(status)) continue
        const content = response.content as Record<string, Json> | undefined
        check(
          `${pointer}/responses/${status}/content/application~1json`,
          content?.['application/json'],
          `${method} ${path} ${status}`,
        )
      }
    }
    expect(problems).toEqual([])
    expect(checked).toBeGreaterThan(300)
  }, 120_000)

  it('gives every operation our own words, none made up from its method and path', () => {
    const ids = new Set<string>()
    for (const { method, path, operation } of operations) {
      const id = String(operation.operationId)
      ids.add(id)
      if (firstCall.has(id)) continue
      const words = OPERATIONS[id]
      expect(words, `${method} ${path} ${id} has no words`).toBeDefined()
      expect(operation.summary, id).toBe(words!.summary)
      expect(operation.description, id).toBe(words!.description)
    }
    expect(firstCall.size).toBe(20)
    // No words for an operation the description does not have (a typo in a key).
    expect(Object.keys(OPERATIONS).filter((id) => !ids.has(id))).toEqual([])
    expect(Object.keys(OPERATIONS)).toHaveLength(355 - firstCall.size)
  })

  it('gives every parameter of the generated operations our own words', () => {
    const used = new Set<string>()
    const problems: string[] = []
    for (const { method, path, operation } of operations) {
      for (const parameter of (operation.parameters as Json[] | undefined) ??
        []) {
        if (typeof parameter.$ref === 'string') {
          const name = parameter.$ref.replace('#/components/parameters/', '')
          if (!document.components.parameters[name])
            problems.push(`${method} ${path}: ${parameter.$ref}`)
          continue
        }
        const name = String(parameter.name)
        used.add(name)
        if (firstCall.has(String(operation.operationId))) continue
        if (parameter.description !== PARAMETERS[name])
          problems.push(`${method} ${path}: ${name}`)
      }
    }
    expect(problems).toEqual([])
    // No words for a parameter no operation has (a typo in a key).
    expect(Object.keys(PARAMETERS).filter((name) => !used.has(name))).toEqual(
      [],
    )
  })

  it('keeps every words file in the repository a TypeScript module', () => {
    // matches-reference.node.test.ts reads these files for shared runs of words.
    const root = new URL('./words/', import.meta.url)
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(fileURLToPath(root), join(entry.parentPath, entry.name)),
      )
    expect(files.filter((file) => !file.endsWith('.ts'))).toEqual([])
    expect(files).toContain('operations.ts')
    expect(files).toContain('parameters.ts')
    expect(files).toContain('schemas.ts')
    expect(files).toContain('tags.ts')
    expect(files.filter((file) => file.startsWith('operations/'))).toHaveLength(
      13,
    )
  })
})
