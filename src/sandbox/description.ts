import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// The sandbox's list of operations is the bundled description itself
// (public/openapi.yaml): routes, request rules and generated answers all come
// from it, so the explorer and the sandbox can never disagree on what exists.

export const DESCRIPTION_URL = new URL(
  '../../public/openapi.yaml',
  import.meta.url,
)

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const

export type JsonNode = Record<string, unknown>

export interface DescribedParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  /** JSON pointer of the parameter's schema in the document. */
  schemaPointer?: string
  schema?: JsonNode
  example?: unknown
}

export interface DescribedResponse {
  /** Pointer of the JSON schema of the body, when it has one. */
  schemaPointer?: string
  schema?: JsonNode
  example?: unknown
}

export interface DescribedOperation {
  operationId: string
  method: Method
  /** As written in the description: /v0.1/apps/{owner_name}/{app_name} */
  path: string
  /** Hono's syntax, relative to /sandbox: /v0.1/apps/:owner_name/:app_name */
  routePath: string
  pointer: string
  /** The first tag, which is the App Center area the explorer groups it in. */
  tag: string
  /** Also declared with HTTP Basic (the API token operations). */
  basicAuth: boolean
  parameters: DescribedParameter[]
  body?: {
    required: boolean
    schemaPointer?: string
    example?: unknown
  }
  /** Status (as written: "200", "default") → response. */
  responses: Record<string, DescribedResponse>
  /** The lowest declared 2xx status; 200 when none is declared. */
  successStatus: number
}

export interface Description {
  document: JsonNode
  operations: DescribedOperation[]
}

function pointerPart(text: string): string {
  return text.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Follows a local `$ref` chain; returns the node and its pointer. */
export function deref(
  document: JsonNode,
  node: unknown,
  pointer: string,
): { node: JsonNode; pointer: string } {
  let current = node as JsonNode
  let at = pointer
  for (let hops = 0; hops < 20; hops += 1) {
    const ref = current?.$ref
    if (typeof ref !== 'string' || !ref.startsWith('#/')) break
    at = ref.slice(1)
    current = lookup(document, at) as JsonNode
  }
  return { node: current ?? {}, pointer: at }
}

export function lookup(document: JsonNode, pointer: string): unknown {
  let node: unknown = document
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    node = (node as JsonNode | undefined)?.[key]
  }
  return node
}

/** OpenAPI 3.0's `nullable` is not JSON Schema; turn it into a type union. */
export function translateNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translateNullable)
  if (typeof node !== 'object' || node === null) return node
  const out: JsonNode = {}
  for (const [key, value] of Object.entries(node)) {
    out[key] = translateNullable(value)
  }
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') out.type = [out.type, 'null']
  }
  return out
}

function jsonContent(
  document: JsonNode,
  holder: JsonNode,
  pointer: string,
): { schemaPointer?: string; schema?: JsonNode; example?: unknown } {
  const content = holder.content as JsonNode | undefined
  if (!content) return {}
  const type = Object.keys(content).find((t) => /json/.test(t))
  if (!type) return {}
  const media = content[type] as JsonNode
  const mediaPointer = `${pointer}/content/${pointerPart(type)}`
  let example = media.example
  const examples = media.examples as JsonNode | undefined
  if (example === undefined && examples) {
    const first = Object.values(examples)[0]
    example = deref(document, first, '').node.value
  }
  if (!media.schema) return { example }
  return {
    schemaPointer: `${mediaPointer}/schema`,
    schema: deref(document, media.schema, `${mediaPointer}/schema`).node,
    example,
  }
}

function toRoutePath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1')
}

function usesBasic(document: JsonNode, op: JsonNode): boolean {
  const security = (op.security ?? document.security ?? []) as JsonNode[]
  const schemes = ((document.components as JsonNode | undefined)
    ?.securitySchemes ?? {}) as Record<string, JsonNode>
  return security.some((requirement) =>
    Object.keys(requirement).some(
      (name) =>
        schemes[name]?.type === 'http' && schemes[name]?.scheme === 'basic',
    ),
  )
}

export function readOperations(document: JsonNode): DescribedOperation[] {
  const operations: DescribedOperation[] = []
  const paths = document.paths as Record<string, JsonNode>
  for (const [path, item] of Object.entries(paths)) {
    const itemPointer = `/paths/${pointerPart(path)}`
    const shared = (item.parameters ?? []) as unknown[]
    for (const method of METHODS) {
      const op = item[method] as JsonNode | undefined
      if (!op) continue
      const pointer = `${itemPointer}/${method}`
      const byKey = new Map<string, DescribedParameter>()
      const collect = (list: unknown[], base: string) =>
        list.forEach((raw, index) => {
          const { node, pointer: at } = deref(document, raw, `${base}/${index}`)
          const parameter: DescribedParameter = {
            name: String(node.name),
            in: node.in as DescribedParameter['in'],
            required: node.required === true,
            example: node.example,
          }
          if (node.schema) {
            const resolved = deref(document, node.schema, `${at}/schema`)
            parameter.schemaPointer = resolved.pointer
            parameter.schema = resolved.node
          }
          byKey.set(`${parameter.in}:${parameter.name}`, parameter)
        })
      collect(shared, `${itemPointer}/parameters`)
      collect((op.parameters ?? []) as unknown[], `${pointer}/parameters`)

      let body: DescribedOperation['body']
      if (op.requestBody) {
        const { node, pointer: at } = deref(
          document,
          op.requestBody,
          `${pointer}/requestBody`,
        )
        const content = jsonContent(document, node, at)
        body = {
          required: node.required === true,
          schemaPointer: content.schemaPointer,
          example: content.example,
        }
      }

      const responses: Record<string, DescribedResponse> = {}
      for (const [status, raw] of Object.entries(
        (op.responses ?? {}) as JsonNode,
      )) {
        const { node, pointer: at } = deref(
          document,
          raw,
          `${pointer}/responses/${pointerPart(status)}`,
        )
        responses[status] = jsonContent(document, node, at)
      }
      const success = Object.keys(responses)
        .filter((s) => /^2\d\d$/.test(s))
        .map(Number)
        .sort((a, b) => a - b)

      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase() as Method,
        path,
        routePath: toRoutePath(path),
        pointer,
        tag: String((op.tags as string[] | undefined)?.[0] ?? 'Other'),
        basicAuth: usesBasic(document, op),
        parameters: [...byKey.values()],
        body,
        responses,
        successStatus: success[0] ?? 200,
      })
    }
  }
  return operations
}

// js-yaml reads the full description several times faster than the yaml
// package, which matters at every dev-server start and in every test worker.
// It ships no types; this is the one function used.
const jsYaml = createRequire(import.meta.url)('js-yaml') as {
  load(text: string): unknown
}

let cached: Description | undefined

/** Parsed once per process; every sandbox instance shares it read-only. */
export function loadDescription(): Description {
  if (!cached) {
    const raw = jsYaml.load(readFileSync(DESCRIPTION_URL, 'utf8')) as JsonNode
    const document = translateNullable(raw) as JsonNode
    cached = { document, operations: readOperations(document) }
  }
  return cached
}
