import {
  convertSchema,
  SCHEMA_PREFIX,
  tightenIntegerBounds,
  type Json,
} from './convert-schema.ts'
import { ExampleMaker } from './examples.ts'
import { OPERATIONS } from './words/operations.ts'
import { PARAMETERS } from './words/parameters.ts'
import { SCHEMAS } from './words/schemas.ts'
import { TAGS } from './words/tags.ts'

// Builds the bundled description: our hand-written part kept as it is, and
// every other operation of the reference added with its facts (paths,
// parameters, types, enums, status codes, schema shapes) and our own words.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']

/** The reference's tags, as the areas a newcomer knows. */
const AREA_BY_REFERENCE_TAG: Record<string, string> = {
  distribute: 'Distribute',
  codepush: 'CodePush',
  build: 'Build',
  crash: 'Diagnostics',
  errors: 'Diagnostics',
  analytics: 'Analytics',
  test: 'Test',
  push: 'Push',
  export: 'Export',
  alerting: 'Alerting',
  billing: 'Billing',
  gdpr: 'Data subject requests',
  mbaas: 'Data and Auth',
}

/** The reference files everything about people and apps under one "account" tag; we split it. */
function accountArea(path: string, operationId: string): string {
  if (/^distributionGroup/i.test(operationId)) return 'Distribute'
  if (path.includes('/api_tokens')) return 'API tokens'
  if (
    /^\/v0\.1\/apps\/\{owner_name\}\/\{app_name\}\/(users|invitations|testers|teams)/.test(
      path,
    )
  )
    return 'App users'
  if (path.startsWith('/v0.1/apps')) return 'Apps'
  if (
    path.startsWith('/v0.1/orgs') ||
    path.startsWith('/v0.1/administeredOrgs')
  )
    return 'Organizations'
  return 'Account'
}

function areaOf(path: string, operation: Json): string {
  const tag = (operation.tags as string[] | undefined)?.[0] ?? ''
  if (tag === 'account') return accountArea(path, String(operation.operationId))
  const area = AREA_BY_REFERENCE_TAG[tag]
  if (!area) throw new Error(`No area for the reference tag "${tag}"`)
  return area
}

// Shared path parameters of the hand-written part, reused by name so every
// operation describes owner_name and friends the same way.
const SHARED_PATH_PARAMETERS = [
  'owner_name',
  'app_name',
  'org_name',
  'user_email',
  'api_token_id',
]

const PARAMETER_KEYS = [
  'type',
  'format',
  'enum',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
] as const

/** Our generic error responses, for the operations generated from the reference. */
const ERROR_RESPONSES: Record<string, Json> = {
  AnyError: {
    description:
      'Any other outcome is an error. The status says what kind (`401` without a valid token, `403` when the token may not do this, `404` when something named in the path does not exist, `429` when sending too fast) and the body has App Center’s error shape.',
    example: {
      code: 'NotFound',
      message: 'Nothing matches the names in the path.',
    },
  },
  GenericBadRequest: {
    description:
      'Bad Request: a parameter or the body is invalid. Fix the request; sending it unchanged fails again.',
    example: {
      code: 'BadRequest',
      message: 'A parameter or the body is invalid.',
    },
  },
  GenericNotFound: {
    description:
      'Not Found: something named in the path does not exist, or you cannot see it. Names are case-sensitive.',
    example: {
      code: 'NotFound',
      message: 'Nothing matches the names in the path.',
    },
  },
  GenericConflict: {
    description:
      'Conflict: the change clashes with the current state, for example something with that name already exists.',
    example: {
      code: 'Conflict',
      message: 'Something with that name already exists.',
    },
  },
  PreconditionFailed: {
    description:
      'Precondition Failed: what the call depends on is not in place yet.',
    example: {
      code: 'PreconditionFailed',
      message: 'What this call depends on is not set up yet.',
    },
  },
  NotImplemented: {
    description: 'Not Implemented: the server does not offer this call.',
    example: {
      code: 'NotImplemented',
      message: 'This server does not offer this call.',
    },
  },
  ServiceUnavailable: {
    description:
      'Service Unavailable: the service cannot answer right now. Try again later.',
    example: { code: 'ServiceUnavailable', message: 'Try again later.' },
  },
}

const ERROR_RESPONSE_BY_STATUS: Record<string, string> = {
  '400': 'GenericBadRequest',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'GenericNotFound',
  '409': 'GenericConflict',
  '412': 'PreconditionFailed',
  '429': 'TooManyRequests',
  '500': 'InternalServerError',
  '501': 'NotImplemented',
  '503': 'ServiceUnavailable',
  default: 'AnyError',
}

const SUCCESS_WORDS: Record<string, string> = {
  '200': 'Success.',
  '201': 'Created.',
  '202': 'Accepted: the work goes on in the background.',
  '204': 'Done. There is no body.',
}

const HEADER_WORDS: Record<string, string> = {
  Location: 'Where to follow up on the request.',
  'X-Challenge-Bytes': 'Bytes the client must use to prove it holds the file.',
}

function errorResponseComponent(words: Json): Json {
  return {
    description: words.description,
    content: {
      'application/json': {
        schema: { $ref: `${SCHEMA_PREFIX}Error` },
        example: { error: words.example },
      },
    },
  }
}

interface Context {
  renameSchema: (name: string) => string
  examples: ExampleMaker
}

function parameterSchema(parameter: Json, context: Context): Json {
  const schema: Json = {}
  for (const key of PARAMETER_KEYS) {
    if (parameter[key] !== undefined) schema[key] = parameter[key]
  }
  tightenIntegerBounds(schema)
  if (parameter.items !== undefined)
    schema.items = convertSchema(parameter.items as Json, context.renameSchema)
  return schema
}

function convertParameter(parameter: Json, context: Context): Json {
  const name = String(parameter.name)
  const location = String(parameter.in)
  if (location === 'path' && SHARED_PATH_PARAMETERS.includes(name))
    return { $ref: `#/components/parameters/${name}` }
  const required = parameter.required === true || location === 'path'
  const schema = parameterSchema(parameter, context)
  const description = PARAMETERS[name]
  if (!description)
    throw new Error(
      `No words for the ${location} parameter ${name}; add them to src/api-description/words/parameters.ts`,
    )
  const out: Json = { name, in: location, description }
  if (required) out.required = true
  if (schema.type === 'array') {
    const format = parameter.collectionFormat ?? 'csv'
    out.style = location === 'query' ? 'form' : 'simple'
    out.explode = format === 'multi'
  }
  if (parameter.allowEmptyValue === true) out.allowEmptyValue = true
  out.schema = schema
  const example = context.examples.example(schema, name)
  if (location === 'path' && example !== undefined) out.example = example
  return out
}

function requestBody(parameters: Json[], context: Context): Json | undefined {
  const body = parameters.find((parameter) => parameter.in === 'body')
  if (body) {
    const schema = convertSchema(body.schema as Json, context.renameSchema)
    const media: Json = { schema }
    const example = context.examples.example(schema)
    if (example !== undefined) media.example = example
    const out: Json = {
      description: 'The JSON to send.',
      content: { 'application/json': media },
    }
    if (body.required === true) out.required = true
    return out
  }
  const form = parameters.filter((parameter) => parameter.in === 'formData')
  if (form.length === 0) return undefined
  const properties: Json = {}
  const required: string[] = []
  for (const field of form) {
    properties[String(field.name)] = parameterSchema(
      field.type === 'file' ? { type: 'string', format: 'binary' } : field,
      context,
    )
    if (field.required === true) required.push(String(field.name))
  }
  const schema: Json = { type: 'object', properties }
  if (required.length > 0) schema.required = required
  return {
    description: 'A form upload with the file.',
    required: required.length > 0,
    content: { 'multipart/form-data': { schema } },
  }
}

function responses(operation: Json, context: Context): Json {
  const out: Json = {}
  const source = operation.responses as Record<string, Json>
  for (const [status, response] of Object.entries(source)) {
    if (/^2\d\d$/.test(status)) {
      const entry: Json = {
        description: SUCCESS_WORDS[status] ?? 'Success.',
      }
      if (response.headers) {
        entry.headers = Object.fromEntries(
          Object.entries(response.headers as Record<string, Json>).map(
            ([name, header]) => [
              name,
              {
                description: HEADER_WORDS[name] ?? `The \`${name}\` header.`,
                schema: parameterSchema(header, context),
              },
            ],
          ),
        )
      }
      if (response.schema) {
        const schema = convertSchema(
          response.schema as Json,
          context.renameSchema,
        )
        if (schema.format === 'binary') {
          entry.content = { 'application/octet-stream': { schema } }
        } else {
          const media: Json = { schema }
          const example = context.examples.example(schema)
          if (example !== undefined) media.example = example
          entry.content = { 'application/json': media }
        }
      }
      out[status] = entry
    } else {
      const name = ERROR_RESPONSE_BY_STATUS[status]
      if (!name) throw new Error(`No error response for status ${status}`)
      out[status] = { $ref: `#/components/responses/${name}` }
    }
  }
  return out
}

export interface ReferenceDescription {
  paths: Record<string, Record<string, Json>>
  definitions: Record<string, Json>
}

export function buildDescription(
  reference: ReferenceDescription,
  handWritten: Json,
): Json {
  const handPaths = handWritten.paths as Record<string, Record<string, Json>>
  const components = handWritten.components as Record<
    string,
    Record<string, Json>
  >
  const handSchemas = components.schemas!

  // A reference schema whose name is taken by one of ours gets a suffix.
  const renameSchema = (name: string) =>
    handSchemas[name] ? `${name}Reference` : name

  const schemas: Record<string, Json> = {}
  for (const [name, definition] of Object.entries(reference.definitions)) {
    const schema = convertSchema(definition, renameSchema)
    const words = SCHEMAS[renameSchema(name)]
    schemas[renameSchema(name)] = words
      ? { description: words, ...schema }
      : schema
  }
  const allSchemas = { ...handSchemas, ...schemas }
  const context: Context = {
    renameSchema,
    examples: new ExampleMaker(allSchemas),
  }

  const paths: Record<string, Record<string, unknown>> = {}
  const seenIds = new Set<string>()
  // Our first-call paths first, in our order; then the rest by path.
  const order = [
    ...Object.keys(handPaths),
    ...Object.keys(reference.paths)
      .filter((path) => !handPaths[path])
      .sort(),
  ]
  for (const path of order) {
    const item = reference.paths[path]
    if (!item) throw new Error(`${path} is not in the reference`)
    const handItem = handPaths[path]
    const outItem: Record<string, unknown> = {}
    if (handItem?.parameters) outItem.parameters = handItem.parameters
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      const operationId = String(operation.operationId)
      seenIds.add(operationId)
      const hand = handItem?.[method]
      if (hand) {
        if (hand.operationId !== operationId)
          throw new Error(
            `${method} ${path}: ours is ${String(hand.operationId)}, the reference says ${operationId}`,
          )
        outItem[method] = hand
        continue
      }
      const words = OPERATIONS[operationId]
      // A sentence made from the method and path helps nobody, so an
      // operation without our words stops the build instead.
      if (!words)
        throw new Error(
          `${method} ${path}: no words for ${operationId}; add them under src/api-description/words/operations/`,
        )
      const parameters = (operation.parameters as Json[] | undefined) ?? []
      const out: Json = {
        operationId,
        tags: [areaOf(path, operation)],
        summary: words.summary,
        description: words.description,
      }
      const converted = parameters
        .filter((parameter) =>
          ['path', 'query', 'header'].includes(String(parameter.in)),
        )
        .map((parameter) => convertParameter(parameter, context))
      if (converted.length > 0) out.parameters = converted
      const body = requestBody(parameters, context)
      if (body) out.requestBody = body
      out.responses = responses(operation, context)
      if (operation.deprecated === true) out.deprecated = true
      outItem[method] = out
    }
    paths[path] = outItem
  }
  for (const [path, item] of Object.entries(handPaths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (operation && !seenIds.has(String(operation.operationId)))
        throw new Error(`${method} ${path} is not in the reference`)
    }
  }

  const responsesOut = { ...components.responses }
  for (const [name, words] of Object.entries(ERROR_RESPONSES))
    responsesOut[name] = errorResponseComponent(words)

  const {
    components: _handComponents,
    paths: _handPaths,
    ...head
  } = handWritten
  void _handComponents
  void _handPaths
  return {
    ...head,
    tags: TAGS,
    paths,
    components: {
      ...components,
      responses: responsesOut,
      schemas: allSchemas,
    },
  }
}

/**
 * The file is written as JSON, which is also YAML, so it keeps its name. The
 * explorer reads JSON with the browser's own parser in a few tens of
 * milliseconds; the same document as block YAML takes seconds to parse.
 */
export function toText(document: Json): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
