import type { Actor } from './auth.ts'
import type { DescribedOperation } from './description.ts'
import type { SandboxState } from './model.ts'
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
  params: Record<string, string>
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
