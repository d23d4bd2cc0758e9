import { SandboxError } from './errors.ts'
import { quote } from './validate.ts'
import type {
  DescribedOperation,
  DescribedParameter,
  JsonNode,
} from './description.ts'
import type { SchemaError, SchemaSet } from './schemas.ts'
import { perOperation } from './per-operation.ts'

// Checks a request against its operation in the description: required
// parameters, their types and enums, and the JSON body's schema. The first
// problem becomes a 400 whose message names the field, the way App Center's
// own validation answered.

export interface RequestParts {
  params: Record<string, string>
  query: URLSearchParams
  headers: Headers
  body: unknown
  hasBody: boolean
}

const WHERE: Record<DescribedParameter['in'], string> = {
  path: 'Path parameter',
  query: 'Query parameter',
  header: 'Header',
  cookie: 'Cookie',
}

function bad(message: string): SandboxError {
  return new SandboxError('BadRequest', message)
}

function schemaType(schema: JsonNode | undefined): string | undefined {
  const type = schema?.type
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string
  return type as string | undefined
}

/** Query and path values arrive as text; read them as the schema's type. */
function coerce(raw: string[], schema: JsonNode | undefined): unknown {
  const type = schemaType(schema)
  if (type === 'array') {
    const items = schema?.items as JsonNode | undefined
    return raw
      .flatMap((value) => value.split(','))
      .map((value) => coerce([value], items))
  }
  const text = raw[raw.length - 1] ?? ''
  if (type === 'integer' || type === 'number') {
    return text.trim() !== '' && !Number.isNaN(Number(text))
      ? Number(text)
      : text
  }
  if (type === 'boolean') {
    if (text === 'true') return true
    if (text === 'false') return false
  }
  return text
}

function readParameter(
  parameter: DescribedParameter,
  parts: RequestParts,
): string[] | undefined {
  switch (parameter.in) {
    case 'path': {
      const value = parts.params[parameter.name]
      return value === undefined ? undefined : [value]
    }
    case 'query': {
      const values = parts.query.getAll(parameter.name)
      return values.length > 0 ? values : undefined
    }
    case 'header': {
      const value = parts.headers.get(parameter.name)
      return value === null ? undefined : [value]
    }
    case 'cookie':
      return undefined
  }
}

interface ParameterCheck {
  parameter: DescribedParameter
  /** How a message names it: Query parameter "start". */
  label: string
}

// Which parameters to check, worked out once per operation: the hot path
// then only reads values and runs the compiled schemas.
const parameterChecks = perOperation((operation): ParameterCheck[] =>
  operation.parameters
    // API credentials are checked by authentication, not here.
    .filter((p) => !(p.in === 'header' && /^x-api-token$/i.test(p.name)))
    .map((parameter) => ({
      parameter,
      label: `${WHERE[parameter.in]} "${parameter.name}"`,
    })),
)

export function validateRequest(
  operation: DescribedOperation,
  schemas: SchemaSet,
  parts: RequestParts,
): void {
  for (const { parameter, label } of parameterChecks(operation)) {
    const raw = readParameter(parameter, parts)
    if (raw === undefined) {
      if (parameter.required) throw bad(`${label} is required but missing.`)
      continue
    }
    if (!parameter.schemaPointer) continue
    const value = coerce(raw, parameter.schema)
    const validate = schemas.at(parameter.schemaPointer)
    if (!validate(value)) {
      throw bad(`${label} ${explain(validate.errors?.[0], value)}`)
    }
  }

  const body = operation.body
  if (!body?.schemaPointer || !parts.hasBody) return
  const validate = schemas.at(body.schemaPointer)
  if (validate(parts.body)) return
  const error = validate.errors?.[0]
  if (!error) throw bad('The request body does not match the operation.')
  if (error.instancePath === '' && error.keyword === 'type') {
    throw bad(
      error.params.type === 'object'
        ? 'The request body must be a JSON object, for example {}.'
        : `The request body must be a JSON ${String(error.params.type)}.`,
    )
  }
  let field = fieldName(error.instancePath)
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty)
    field = field ? `${field}.${missing}` : missing
    throw bad(`Field "${field}" is required but missing from the request body.`)
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty)
    field = field ? `${field}.${extra}` : extra
    throw bad(`Field "${field}" is not one this operation accepts.`)
  }
  const value = valueAt(parts.body, error.instancePath)
  // An item of a list is named by its list: "scope" (item 1) reads better.
  const item = /^(.*)\[(\d+)\]$/.exec(field)
  const label = item
    ? `Field "${item[1]}" (item ${Number(item[2]) + 1})`
    : `Field "${field}"`
  throw bad(`${label} ${explain(error, value)}`)
}

/** "/members/0/email" → "members[0].email" */
function fieldName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (name, part) =>
        /^\d+$/.test(part)
          ? `${name}[${part}]`
          : name
            ? `${name}.${part}`
            : part,
      '',
    )
}

function valueAt(root: unknown, instancePath: string): unknown {
  let node = root
  for (const part of instancePath.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    node = (node as Record<string, unknown> | undefined)?.[key]
  }
  return node
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function explain(error: SchemaError | undefined, value: unknown): string {
  if (!error) return 'is not valid.'
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return `must be ${article(String(p.type))}, not ${describeValue(value)}.`
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).join(', ')}; got ${describeValue(value)}.`
    case 'minLength':
      return p.limit === 1
        ? 'must not be empty.'
        : `must have at least ${String(p.limit)} characters.`
    case 'maxLength':
      return `is too long (at most ${String(p.limit)} characters).`
    case 'pattern':
      return `has the value ${describeValue(value)}, which does not match the pattern ${String(p.pattern)}.`
    case 'format':
      return `must be ${article(String(p.format))}; got ${describeValue(value)}.`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}; got ${describeValue(value)}.`
    case 'minItems':
      return `must list at least ${String(p.limit)} item(s).`
    case 'maxItems':
      return `may list at most ${String(p.limit)} item(s).`
    default:
      return `${error.message ?? 'is not valid'}.`
  }
}

function article(word: string): string {
  const words: Record<string, string> = {
    'date-time': 'an ISO 8601 date and time such as 2024-05-06T09:30:00Z',
    date: 'a date such as 2024-05-06',
    uuid: 'a UUID like 00000000-0000-4000-8000-000000000000',
    email: 'an email address like someone@example.com',
    uri: 'an absolute URL',
    integer: 'an integer',
    array: 'an array',
    object: 'an object',
  }
  return words[word] ?? `a ${word}`
}
