import { SandboxError } from './errors.ts'

// Rules the description leaves open but App Center applied: lengths, URL-safe
// names, text that is only spaces. Types, required fields and enums are
// already checked against the description before a handler runs.

export type JsonObject = Record<string, unknown>

function bad(message: string): SandboxError {
  return new SandboxError('BadRequest', message)
}

/** The body after validation: the description says it is an object. */
export function bodyObject(body: unknown): JsonObject {
  return (body ?? {}) as JsonObject
}

export interface StringRule {
  maxLength: number
  pattern?: RegExp
  /** Says in words what the pattern accepts. */
  hint?: string
  allowEmpty?: boolean
}

/** A string field the description already typed, checked against `rule`. */
export function ruledString(
  body: JsonObject,
  field: string,
  rule: StringRule,
): string | undefined {
  const value = body[field]
  if (typeof value !== 'string') return undefined
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
