/** A JSON value as read from a description. */
export type Json = Record<string, unknown>

// Swagger 2.0 schema keywords that are facts of the API and mean the same in
// OpenAPI 3.0. Everything else (descriptions, titles, examples, x-ms-*) is
// the reference's prose or tooling and stays out.
const CARRIED = [
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
  'readOnly',
] as const

export const SCHEMA_PREFIX = '#/components/schemas/'

/**
 * An exclusive bound on an integer is the next integer inclusive. Writing it
 * that way means the same in OpenAPI 3.0 and 3.1 and in the JSON Schema
 * validators that check examples and sandbox answers.
 */
export function tightenIntegerBounds(schema: Json): void {
  if (schema.type !== 'integer') return
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    schema.minimum += 1
    delete schema.exclusiveMinimum
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    schema.maximum -= 1
    delete schema.exclusiveMaximum
  }
}

/** Turns a Swagger 2.0 schema into an OpenAPI 3.0 one, facts only. */
export function convertSchema(
  schema: Json,
  renameRef: (name: string) => string,
): Json {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/definitions\//, '')
    return { $ref: SCHEMA_PREFIX + renameRef(name) }
  }
  const out: Json = {}
  for (const key of CARRIED) {
    if (schema[key] !== undefined) out[key] = schema[key]
  }
  tightenIntegerBounds(out)
  if (schema.type === 'file') {
    out.type = 'string'
    out.format = 'binary'
  }
  if (Array.isArray(schema.required) && schema.required.length > 0) {
    out.required = schema.required
  }
  if (schema['x-nullable'] === true) out.nullable = true
  if (typeof schema.discriminator === 'string') {
    out.discriminator = { propertyName: schema.discriminator }
  }
  const convert = (inner: unknown) => convertSchema(inner as Json, renameRef)
  if (schema.items !== undefined) out.items = convert(schema.items)
  if (Array.isArray(schema.allOf)) out.allOf = schema.allOf.map(convert)
  if (schema.properties !== undefined) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Json).map(([name, property]) => [
        name,
        convert(property),
      ]),
    )
  }
  if (typeof schema.additionalProperties === 'boolean') {
    out.additionalProperties = schema.additionalProperties
  } else if (schema.additionalProperties !== undefined) {
    out.additionalProperties = convert(schema.additionalProperties)
  }
  return out
}
