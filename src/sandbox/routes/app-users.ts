import { appMembers, appPath, type AppAction } from '../access.ts'
import {
  currentUser,
  param,
  type Handler,
  type OperationInput,
} from '../context.ts'
import { SandboxError } from '../errors.ts'
import { accessApp } from '../guards.ts'
import { jsonResponse, noContent } from '../json-response.ts'
import type { App, AppRole, SandboxState, User } from '../model.ts'
import { appUsers } from '../serialize.ts'
import { bodyObject, quote, requireEmailParam } from '../validate.ts'

export const listAppUsers: Handler = (input) => {
  const { app } = accessApp(
    input.state,
    input.actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    'read',
  )
  return jsonResponse(appUsers(input.state, app))
}

function notOnApp(state: SandboxState, app: App, email: string): SandboxError {
  return new SandboxError(
    'NotFound',
    `No user with email ${quote(email)} is on ${appPath(state, app)}. GET .../users lists who is.`,
  )
}

/** The app and the person the path names, after every access check. */
function target(
  input: OperationInput,
  action: AppAction,
  checkEmail: boolean,
): { app: App; user: User } {
  const { state } = input
  const { app } = accessApp(
    state,
    input.actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    action,
  )
  const email = param(input, 'user_email')
  // PATCH declares 400, so a malformed address says so; DELETE declares
  // none and treats it as one more unknown person (404).
  if (checkEmail) requireEmailParam('user_email', email)
  const user = [...state.users.values()].find(
    (u) => u.email.toLowerCase() === email.toLowerCase(),
  )
  if (!user || !appMembers(state, app).has(user.id)) {
    throw notOnApp(state, app, email)
  }
  if (implicitManagers(state, app).has(user.id)) {
    throw new SandboxError(
      'Forbidden',
      `${user.email} is a manager of ${appPath(state, app)} because they own it or administer its organization; that cannot be changed here.`,
    )
  }
  return { app, user }
}

/** Managers by ownership or org adminship, whatever the member list says. */
function implicitManagers(state: SandboxState, app: App): Set<string> {
  return new Set(
    appMembers(state, Object.assign({}, app, { members: new Map() })).keys(),
  )
}

export const updateAppUser: Handler = (input) => {
  const { app, user } = target(input, 'manage-users', true)
  // The description allows manager, developer or viewer; testers join
  // through distribution groups, so this operation cannot grant it.
  const permissions = bodyObject(input.body).permissions as AppRole[]
  if (permissions.length !== 1) {
    throw new SandboxError(
      'BadRequest',
      `Field "permissions" must hold exactly one role, such as ["viewer"]; got ${permissions.length}.`,
    )
  }
  // The owner or org admins stay managers, so an app never loses its last.
  app.members.set(user.id, permissions)
  return noContent()
}

export const removeAppUser: Handler = (input) => {
  // Anyone may leave an app; removing someone else takes a manager.
  const self = currentUser(input).email.toLowerCase()
  const leaving = param(input, 'user_email').toLowerCase() === self
  const { app, user } = target(input, leaving ? 'leave' : 'manage-users', false)
  app.members.delete(user.id)
  return noContent()
}
