import type { Actor } from './auth.ts'
import type { DescribedOperation } from './description.ts'
import type { SandboxState } from './model.ts'
import { templateFor } from './generated.ts'
import { JSON_CONTENT_TYPE } from './json-response.ts'
import type { ResolvedOptions } from './options.ts'

// What every operation handler gets. Handlers are synchronous on purpose:
// with no await between a check and the write that depends on it, parallel
// requests cannot interleave (the token cap relies on this).

export interface SandboxContext {
  /** Replaced wholesale by reset(). */
  state: SandboxState
  options: ResolvedOptions
}

export interface OperationInput {
  operation: DescribedOperation
  state: SandboxState
  options: ResolvedOptions
  actor: Actor
  params: Readonly<Record<string, string>>
  /** Parsed JSON for POST, PUT and PATCH; undefined otherwise. */
  body: unknown
  url: URL
  /** ISO 8601 time from the configured clock. */
  now: string
  /** The same moment in milliseconds since the epoch. */
  nowMs: number
}

export type Handler = (input: OperationInput) => Response

export function param(input: OperationInput, name: string): string {
  const value = input.params[name]
  if (value === undefined) throw new Error(`Route has no :${name} parameter`)
  return value
}

export function currentUser(input: OperationInput) {
  const user = input.state.users.get(input.actor.userId)
  if (!user) throw new Error('Token refers to a missing user')
  return user
}

type Json = Record<string, unknown>

// Runs for every stateful answer, so it copies with plain loops and only
// recurses into objects and arrays.
function overlay(template: unknown, value: unknown): unknown {
  if (value === undefined) return template
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const item: unknown = Array.isArray(template) ? template[0] : undefined
    const out: unknown[] = new Array(value.length)
    for (let i = 0; i < value.length; i += 1) out[i] = overlay(item, value[i])
    return out
  }
  if (!template || typeof template !== 'object' || Array.isArray(template)) {
    return value
  }
  const out: Json = { ...(template as Json) }
  for (const key in value) {
    const v = (value as Json)[key]
    if (v !== undefined) out[key] = overlay((template as Json)[key], v)
  }
  return out
}

/**
 * Answers with the operation's declared success status (or `status`): the
 * handler's values laid over the generated body, so fields the sandbox does
 * not model still come back in the described shape.
 */
export function reply(
  input: OperationInput,
  value: unknown,
  status = input.operation.successStatus,
): Response {
  if (status === 204) return new Response(null, { status })
  const template = templateFor(input.operation, status)
  // Follow the description where it says one item or a list.
  let shaped = value
  if (Array.isArray(template) && shaped && !Array.isArray(shaped)) {
    shaped = [shaped]
  } else if (template && !Array.isArray(template) && Array.isArray(shaped)) {
    shaped = shaped[0]
  }
  const body = overlay(template, shaped)
  if (body === undefined) return new Response(null, { status })
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
  })
}
