import { HTTP_METHODS } from '@/lib/http-methods'

/**
 * A description taken apart once, in the parse worker, into what the page
 * needs at once (a light operation index) and JSON text for each operation
 * and reusable component. The page never holds the whole parsed document:
 * Swagger UI is handed a document rebuilt from the parts the user opened
 * (see build-slice.ts), which is what keeps big descriptions fast.
 */

/** Swagger UI's group for operations without tags. */
export const DEFAULT_TAG = 'default'

export interface IndexedOperation {
  method: string
  path: string
  summary: string
  operationId: string | null
  /** The key Swagger UI uses for the operation in deep links and its layout state. */
  linkId: string
  deprecated: boolean
  tags: string[]
  /**
   * What else the filter searches: the description (cut at
   * SEARCHED_DESCRIPTION_MAX characters), the parameters' names and the
   * names of the schemas the operation references itself. Absent where an
   * index is built by hand.
   */
  description?: string
  parameters?: string[]
  schemas?: string[]
}

export interface IndexedTag {
  name: string
  description: string
  /** Positions in `operations`, in document order. */
  operations: number[]
}

export interface JsonPart {
  json: string
  /** Keys of the components this part references (see componentKey). */
  refs: string[]
}

export interface DescriptionParts {
  /** The document without tags, paths and reusable components. */
  head: JsonPart
  /** Declared tag objects by name. */
  tagObjects: Map<string, string>
  /** Path-level fields other than operations (parameters, servers…), by path. */
  pathShared: Map<string, JsonPart>
  /** Parallel to `operations`. */
  operations: JsonPart[]
  /** Reusable components by key. */
  components: Map<string, JsonPart>
  /** Every container the document has, empty ones too, in document order. */
  containers: string[]
  /** OpenAPI 3 `components` members kept whole (securitySchemes, extensions). */
  componentExtras: [string, string][]
  /**
   * False when a reference points somewhere parts cannot follow (into
   * `paths`, say): such a document is only ever shown whole.
   */
  sliceable: boolean
}

/** What the operation index needs: small, so it reaches the page first. */
export interface DescriptionIndex {
  tags: IndexedTag[]
  operations: IndexedOperation[]
  /** As in DescriptionParts: whether parts can be shown apart at all. */
  sliceable: boolean
}

export interface DescriptionDigest {
  tags: IndexedTag[]
  operations: IndexedOperation[]
  parts: DescriptionParts
}

/**
 * A digest in two steps: the index (and each part's references) at once,
 * the parts' JSON text when asked. Writing the text out is most of a
 * digest's time, and the index need not wait for it.
 */
export interface StagedDigest {
  index: DescriptionIndex
  /** Writes the parts' JSON text (anew at each call). */
  parts(): DescriptionParts
}

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const SWAGGER2_CONTAINERS = new Set(['definitions', 'parameters', 'responses'])
/** Kept whole: the Authorize machinery needs every scheme. */
const KEPT_COMPONENTS = new Set(['securitySchemes'])

/** `definitions␀Pet`, `components/schemas␀Pet`: a key no component name can fake. */
export function componentKey(container: string, name: string): string {
  return `${container}\u0000${name}`
}

export function splitComponentKey(key: string): [string, string] {
  const at = key.indexOf('\u0000')
  return [key.slice(0, at), key.slice(at + 1)]
}

function decodePointer(fragment: string): string[] | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(fragment)
  } catch {
    return null
  }
  if (!decoded.startsWith('/')) return null
  return decoded
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

type RefTarget = { component: string } | { elsewhere: true } | null

/** What a local `$ref` points at: a component, somewhere parts cannot follow, or nothing we track. */
export function refTarget(ref: string): RefTarget {
  if (!ref.startsWith('#')) return null // another document: left to Swagger UI (and our interceptor)
  const segments = decodePointer(ref.slice(1))
  if (!segments || segments.length === 0) return { elsewhere: true }
  const [first, second, third] = segments
  if (SWAGGER2_CONTAINERS.has(first!) && second !== undefined)
    return { component: componentKey(first!, second) }
  if (first === 'components' && second !== undefined) {
    if (KEPT_COMPONENTS.has(second)) return null
    if (third !== undefined)
      return { component: componentKey(`components/${second}`, third) }
    return { elsewhere: true }
  }
  if (first === 'securityDefinitions' || first === 'info') return null
  if (first === 'paths' || first === 'components' || first === 'webhooks')
    return { elsewhere: true }
  // Another top-level field (an x- extension, say): it stays in the head.
  return null
}

function collectMappingRefs(
  discriminator: JsonObject,
  onRef: (ref: string) => void,
): void {
  const mapping = discriminator.mapping
  if (!isObject(mapping)) return
  for (const target of Object.values(mapping))
    if (typeof target === 'string')
      onRef(
        target.includes('/') || target.startsWith('#')
          ? target
          : `#/components/schemas/${target}`,
      )
}

/**
 * Collects the `$ref`s (and discriminator mappings) under a value. Recursive:
 * parseDescription has already refused anything nested deeper than
 * MAX_NESTING_DEPTH, so this stays a few hundred calls deep at most. Indexes
 * and `for…in` (parsed JSON and YAML are plain data): a stack with
 * `Object.keys` took twice as long over the App Center description.
 */
function collectRefs(value: unknown, onRef: (ref: string) => void): void {
  if (Array.isArray(value)) {
    for (let at = 0; at < value.length; at++) {
      const item: unknown = value[at]
      if (typeof item === 'object' && item !== null) collectRefs(item, onRef)
    }
    return
  }
  if (!isObject(value)) return
  for (const key in value) {
    const child = value[key]
    if (key === '$ref' && typeof child === 'string') onRef(child)
    else if (key === 'discriminator' && isObject(child))
      collectMappingRefs(child, onRef)
    else if (typeof child === 'object' && child !== null)
      collectRefs(child, onRef)
  }
}

/** A part whose references are known and whose JSON text is not written yet. */
interface PendingPart {
  value: unknown
  refs: string[]
}

function toPendingPart(
  value: unknown,
  state: { sliceable: boolean },
): PendingPart {
  const refs = new Set<string>()
  collectRefs(value, (ref) => {
    const target = refTarget(ref)
    if (!target) return
    if ('component' in target) refs.add(target.component)
    else state.sliceable = false
  })
  return { value, refs: [...refs] }
}

function writePart({ value, refs }: PendingPart): JsonPart {
  return { json: JSON.stringify(value), refs }
}

function writeParts<K>(parts: Map<K, PendingPart>): Map<K, JsonPart> {
  const written = new Map<K, JsonPart>()
  for (const [key, part] of parts) written.set(key, writePart(part))
  return written
}

/** Swagger UI's operation key: the operationId as written, else method and path. */
export function swaggerLinkId(
  operation: JsonObject,
  method: string,
  path: string,
): string {
  const id = operation.operationId
  if (typeof id === 'string' && id.replace(/\s/g, '').length > 0) return id
  return `${method}${path.replace(/\W/g, '_')}`
}

/** Longer descriptions are searched by their beginning only: the index travels to the page whole. */
export const SEARCHED_DESCRIPTION_MAX = 2000

/** Container names of reusable schemas, in both versions. */
const SCHEMA_CONTAINERS = new Set(['definitions', 'components/schemas'])

/** The name a parameter (or a `$ref` to a reusable one) declares. */
function parameterName(
  parameter: unknown,
  document: JsonObject,
): string | null {
  if (!isObject(parameter)) return null
  if (typeof parameter.$ref === 'string') {
    const target = refTarget(parameter.$ref)
    if (!target || !('component' in target)) return null
    const [container, name] = splitComponentKey(target.component)
    const members =
      container === 'parameters'
        ? document.parameters
        : container === 'components/parameters' && isObject(document.components)
          ? document.components.parameters
          : undefined
    if (!isObject(members) || !Object.hasOwn(members, name)) return null
    return parameterName(members[name], {})
  }
  return typeof parameter.name === 'string' ? parameter.name : null
}

/** Parameter names of the operation and of its path, each once. */
function parameterNames(lists: unknown[], document: JsonObject): string[] {
  const names = new Set<string>()
  for (const list of lists) {
    if (!Array.isArray(list)) continue
    for (const parameter of list) {
      const name = parameterName(parameter, document)
      if (name) names.add(name)
    }
  }
  return [...names]
}

function schemaNames(refs: string[]): string[] {
  const names: string[] = []
  for (const key of refs) {
    const [container, name] = splitComponentKey(key)
    if (SCHEMA_CONTAINERS.has(container)) names.push(name)
  }
  return names
}

/** The summary, or else the description's first sentence: many real descriptions have only the latter. */
export function shortSummary(operation: JsonObject): string {
  if (typeof operation.summary === 'string' && operation.summary.trim())
    return operation.summary.trim()
  if (typeof operation.description !== 'string') return ''
  const line = operation.description.trim().split('\n')[0]!.trim()
  const sentence = /^(.+?[.!?])(\s|$)/.exec(line)?.[1] ?? line
  return sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence
}

function operationTags(operation: JsonObject): string[] {
  const tags = Array.isArray(operation.tags)
    ? operation.tags.filter((tag): tag is string => typeof tag === 'string')
    : []
  // Swagger UI groups by the set of tags: a repeated tag lists the operation once.
  const unique = [...new Set(tags)]
  return unique.length > 0 ? unique : [DEFAULT_TAG]
}

/** Takes a parsed description apart: see StagedDigest. */
export function stageDigest(document: JsonObject): StagedDigest {
  const state = { sliceable: true }
  const operations: IndexedOperation[] = []
  const operationParts: PendingPart[] = []
  const pathShared = new Map<string, PendingPart>()
  const tagsByName = new Map<string, IndexedTag>()
  const tagObjects = new Map<string, string>()

  // Declared tags come first, in their order, as in Swagger UI.
  if (Array.isArray(document.tags)) {
    for (const tag of document.tags) {
      if (!isObject(tag) || typeof tag.name !== 'string') continue
      if (tagObjects.has(tag.name)) continue
      tagObjects.set(tag.name, JSON.stringify(tag))
      tagsByName.set(tag.name, {
        name: tag.name,
        description: typeof tag.description === 'string' ? tag.description : '',
        operations: [],
      })
    }
  }

  const paths = isObject(document.paths) ? document.paths : {}
  for (const path of Object.keys(paths)) {
    const item = paths[path]
    if (!isObject(item)) continue
    if (typeof item.$ref === 'string') state.sliceable = false
    const shared: JsonObject = {}
    let hasShared = false
    for (const key of Object.keys(item)) {
      const value = item[key]
      if ((HTTP_METHODS as readonly string[]).includes(key) && isObject(value))
        continue
      shared[key] = value
      hasShared = true
    }
    if (hasShared) pathShared.set(path, toPendingPart(shared, state))
    for (const method of Object.keys(item)) {
      const operation = item[method]
      if (!(HTTP_METHODS as readonly string[]).includes(method)) continue
      if (!isObject(operation)) continue
      const tags = operationTags(operation)
      const position = operations.length
      const part = toPendingPart(operation, state)
      operations.push({
        method,
        path,
        summary: shortSummary(operation),
        operationId:
          typeof operation.operationId === 'string'
            ? operation.operationId
            : null,
        linkId: swaggerLinkId(operation, method, path),
        deprecated: operation.deprecated === true,
        tags,
        description:
          typeof operation.description === 'string'
            ? operation.description.slice(0, SEARCHED_DESCRIPTION_MAX)
            : '',
        parameters: parameterNames(
          [operation.parameters, item.parameters],
          document,
        ),
        schemas: schemaNames(part.refs),
      })
      operationParts.push(part)
      for (const name of tags) {
        let tag = tagsByName.get(name)
        if (!tag) {
          tag = { name, description: '', operations: [] }
          tagsByName.set(name, tag)
        }
        tag.operations.push(position)
      }
    }
  }

  const components = new Map<string, PendingPart>()
  const componentExtras: [string, string][] = []
  const containers: string[] = []
  const head: JsonObject = {}
  for (const key of Object.keys(document)) {
    const value = document[key]
    if (key === 'tags' || key === 'paths') continue
    if (SWAGGER2_CONTAINERS.has(key) && isObject(value)) {
      containers.push(key)
      for (const name of Object.keys(value))
        components.set(
          componentKey(key, name),
          toPendingPart(value[name], state),
        )
      continue
    }
    if (key === 'components' && isObject(value)) {
      for (const type of Object.keys(value)) {
        const members = value[type]
        if (KEPT_COMPONENTS.has(type) || !isObject(members)) {
          componentExtras.push([type, JSON.stringify(members)])
          continue
        }
        containers.push(`components/${type}`)
        for (const name of Object.keys(members))
          components.set(
            componentKey(`components/${type}`, name),
            toPendingPart(members[name], state),
          )
      }
      continue
    }
    head[key] = value
  }

  const headPart = toPendingPart(head, state)
  const { sliceable } = state
  return {
    index: {
      tags: [...tagsByName.values()].filter((tag) => tag.operations.length > 0),
      operations,
      sliceable,
    },
    parts: () => ({
      head: writePart(headPart),
      tagObjects,
      pathShared: writeParts(pathShared),
      operations: operationParts.map(writePart),
      components: writeParts(components),
      containers,
      componentExtras,
      sliceable,
    }),
  }
}

/** The whole digest at once (where nothing waits for the index alone). */
export function digestDescription(document: JsonObject): DescriptionDigest {
  const { index, parts } = stageDigest(document)
  return { tags: index.tags, operations: index.operations, parts: parts() }
}
