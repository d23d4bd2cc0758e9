import { deref, type JsonNode } from './description.ts'

// A deterministic value for a schema, for operations the sandbox answers
// from the description alone: the same request always gets the same body,
// so screenshots, docs and tests stay stable.

export const SAMPLE_TIME = '2024-05-06T09:30:00.000Z'
const SAMPLE_UUID = '5a3f1c2e-0000-4000-8000-000000000001'
const MAX_DEPTH = 6

const STRING_FORMATS: Record<string, string> = {
  'date-time': SAMPLE_TIME,
  date: '2024-05-06',
  time: '09:30:00',
  uuid: SAMPLE_UUID,
  email: 'demo@example.com',
  uri: 'https://example.com/sandbox',
  url: 'https://example.com/sandbox',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  byte: 'c2FuZGJveA==',
}

function typeOf(schema: JsonNode): string | undefined {
  const type = schema.type
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string
  if (typeof type === 'string') return type
  if (schema.properties || schema.additionalProperties) return 'object'
  if (schema.items) return 'array'
  return undefined
}

function sampleString(schema: JsonNode, name: string): string {
  const format = schema.format as string | undefined
  if (format && STRING_FORMATS[format]) return STRING_FORMATS[format]
  const min = (schema.minLength as number | undefined) ?? 0
  const max = (schema.maxLength as number | undefined) ?? Infinity
  let text = name ? `sample-${name.replace(/[^A-Za-z0-9]+/g, '-')}` : 'sample'
  if (text.length > max) text = text.slice(0, max)
  while (text.length < min) text += 'x'
  return text
}

function sampleNumber(schema: JsonNode, integer: boolean): number {
  const min = schema.minimum as number | undefined
  const max = schema.maximum as number | undefined
  let value = min ?? (max !== undefined && max < 1 ? max : 1)
  if (schema.exclusiveMinimum === true && min !== undefined) value += 1
  if (typeof schema.exclusiveMinimum === 'number')
    value = schema.exclusiveMinimum + 1
  return integer ? Math.ceil(value) : value
}

export function sampleFor(
  document: JsonNode,
  raw: unknown,
  name = '',
  depth = 0,
  seen: ReadonlySet<string> = new Set(),
): unknown {
  const ref = (raw as JsonNode | undefined)?.$ref
  if (typeof ref === 'string') {
    // A schema that contains itself stops at the first repeat.
    if (seen.has(ref) || depth > MAX_DEPTH) return undefined
    seen = new Set([...seen, ref])
  }
  const schema = deref(document, raw, '').node
  if (schema.example !== undefined) return schema.example
  if (schema.default !== undefined) return schema.default
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    return schema.enum.find((v) => v !== null) ?? schema.enum[0]
  }
  if (Array.isArray(schema.allOf)) {
    const merged: JsonNode = {}
    for (const part of schema.allOf) {
      const value = sampleFor(document, part, name, depth + 1, seen)
      if (value && typeof value === 'object') Object.assign(merged, value)
    }
    return merged
  }
  const choice = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined
  if (choice?.[0]) return sampleFor(document, choice[0], name, depth, seen)

  switch (typeOf(schema)) {
    case 'string':
      return sampleString(schema, name)
    case 'integer':
      return sampleNumber(schema, true)
    case 'number':
      return sampleNumber(schema, false)
    case 'boolean':
      return true
    case 'array': {
      if (depth > MAX_DEPTH) return []
      const item = sampleFor(document, schema.items, name, depth + 1, seen)
      const count = Math.max(1, (schema.minItems as number | undefined) ?? 1)
      return item === undefined ? [] : Array.from({ length: count }, () => item)
    }
    case 'object': {
      const out: JsonNode = {}
      const properties = (schema.properties ?? {}) as Record<string, unknown>
      const required = new Set((schema.required ?? []) as string[])
      for (const [key, value] of Object.entries(properties)) {
        // Deep optional branches are left out; required ones always stay.
        if (depth >= MAX_DEPTH && !required.has(key)) continue
        const sample = sampleFor(document, value, key, depth + 1, seen)
        if (sample !== undefined) out[key] = sample
      }
      return out
    }
    default:
      return name ? `sample-${name}` : {}
  }
}
