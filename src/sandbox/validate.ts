import { SandboxError } from './errors.ts'

// Small, explicit checks instead of a schema engine: each failure names the
// field and says what would be accepted, which is what a newcomer needs.

export type JsonObject = Record<string, unknown>

function bad(message: string): SandboxError {
  return new SandboxError('BadRequest', message)
}

export function requireObject(body: unknown): JsonObject {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    return body as JsonObject
  }
  throw bad('The request body must be a JSON object, for example {}.')
}

interface StringRule {
  maxLength: number
  pattern?: RegExp
  /** Says in words what the pattern accepts. */
  hint?: string
  allowEmpty?: boolean
}

export function optionalString(
  body: JsonObject,
  field: string,
  rule: StringRule,
): string | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw bad(`Field "${field}" must be a string, not ${describe(value)}.`)
  }
  if (!rule.allowEmpty && value.trim() === '') {
    throw bad(`Field "${field}" must not be empty.`)
  }
  if (value.length > rule.maxLength) {
    throw bad(
      `Field "${field}" is too long (${value.length} characters; at most ${rule.maxLength}).`,
    )
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    throw bad(
      `Field "${field}" has the value ${quote(value)}, but ${rule.hint}.`,
    )
  }
  return value
}

export function requiredString(
  body: JsonObject,
  field: string,
  rule: StringRule,
): string {
  const value = optionalString(body, field, rule)
  if (value === undefined) throw missing(field)
  return value
}

export function optionalEnum<T extends string>(
  body: JsonObject,
  field: string,
  values: readonly T[],
): T | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw bad(
      `Field "${field}" must be one of ${values.join(', ')}; got ${describe(value)}.`,
    )
  }
  return value as T
}

export function requiredEnum<T extends string>(
  body: JsonObject,
  field: string,
  values: readonly T[],
): T {
  const value = optionalEnum(body, field, values)
  if (value === undefined) throw missing(field)
  return value
}

export function optionalEnumArray<T extends string>(
  body: JsonObject,
  field: string,
  values: readonly T[],
): T[] | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    throw bad(
      `Field "${field}" must be an array such as ["${values[0]}"], not ${describe(value)}.`,
    )
  }
  if (value.length === 0) {
    throw bad(
      `Field "${field}" must list at least one of ${values.join(', ')}.`,
    )
  }
  for (const item of value) {
    if (typeof item !== 'string' || !values.includes(item as T)) {
      throw bad(
        `Field "${field}" may only contain ${values.join(', ')}; got ${describe(item)}.`,
      )
    }
  }
  return value as T[]
}

export function requiredEnumArray<T extends string>(
  body: JsonObject,
  field: string,
  values: readonly T[],
): T[] {
  const value = optionalEnumArray(body, field, values)
  if (value === undefined) throw missing(field)
  return value
}

function missing(field: string): SandboxError {
  return bad(`Field "${field}" is required but missing from the request body.`)
}

const EMAIL = /^[^\s@/\\]+@[^\s@/\\]+\.[^\s@/\\]+$/
export const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function requireEmailParam(name: string, value: string): string {
  if (value.length <= 254 && EMAIL.test(value)) return value
  throw bad(
    `Path parameter "${name}" must be an email address like someone@example.com; got ${quote(value)}.`,
  )
}

export function requireUuidParam(name: string, value: string): string {
  if (UUID.test(value)) return value
  throw bad(
    `Path parameter "${name}" must be a UUID like 00000000-0000-4000-8000-000000000000; got ${quote(value)}.`,
  )
}

/** Echoes a value back briefly: messages must stay readable. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value
  return `"${short}"`
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}
