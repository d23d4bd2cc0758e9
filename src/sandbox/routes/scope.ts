import { orgRole, type AppAction } from '../access.ts'
import { param, type OperationInput } from '../context.ts'
import { SandboxError } from '../errors.ts'
import { accessApp } from '../guards.ts'
import type { App, Org, OrgRole } from '../model.ts'
import { quote } from '../validate.ts'

// The app or organization a path names, after the caller's rights on it
// are checked: shared by every area that works inside one of them.

export function appOf(input: OperationInput, action: AppAction): App {
  return accessApp(
    input.state,
    input.actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    action,
  ).app
}

export function orgOf(
  input: OperationInput,
  mode: 'read' | 'admin' = 'read',
): { org: Org; role: OrgRole } {
  const name = param(input, 'org_name')
  for (const org of input.state.orgs.values()) {
    const role = orgRole(org, input.actor.userId)
    if (role && org.name === name) {
      if (mode === 'admin' && role !== 'admin') {
        throw new SandboxError(
          'Forbidden',
          `You are a ${role} of ${org.name}; this change needs the admin role.`,
        )
      }
      return { org, role }
    }
  }
  throw new SandboxError(
    'NotFound',
    `There is no organization ${quote(name)} that you belong to. GET /v0.1/orgs lists yours.`,
  )
}

export function notFound(what: string, name: string, hint: string): never {
  throw new SandboxError(
    'NotFound',
    `There is no ${what} ${quote(name)}. ${hint}`,
  )
}
