import { appRole } from '../access.ts'
import { currentUser, param, type Handler } from '../context.ts'
import { SandboxError } from '../errors.ts'
import { appTokenAppId } from '../auth.ts'
import { accessApp, requireUserToken } from '../guards.ts'
import { jsonResponse, noContent } from '../json-response.ts'
import { removeToken, type App } from '../model.ts'
import { appResponse } from '../serialize.ts'
import {
  insertApp,
  parseAppPatch,
  parseNewApp,
  requireFreeName,
} from './app-input.ts'

const ORDER_BY = ['display_name', 'name'] as const

function sortApps(apps: App[], orderBy: string | null): App[] {
  if (orderBy === null) return apps
  if (orderBy !== 'display_name' && orderBy !== 'name') {
    throw new SandboxError(
      'BadRequest',
      `Query parameter "$orderBy" must be one of ${ORDER_BY.join(', ')}; got "${orderBy}".`,
    )
  }
  const key = orderBy === 'name' ? 'name' : 'displayName'
  return apps.sort((a, b) => a[key].localeCompare(b[key]))
}

export const listApps: Handler = (input) => {
  const { state, actor } = input
  // An app token sees just its own app, as the description says.
  const only = appTokenAppId(actor)
  const visible = [...state.apps.values()].filter(
    (app) =>
      (only === undefined || app.id === only) &&
      appRole(state, app, actor.userId),
  )
  const sorted = sortApps(visible, input.url.searchParams.get('$orderBy'))
  return jsonResponse(
    sorted.map((app) => appResponse(state, app, actor.userId)),
  )
}

export const createApp: Handler = (input) => {
  const { state, actor } = input
  requireUserToken(state, actor, 'write', 'create apps')
  const newApp = parseNewApp(input.body)
  const user = currentUser(input)
  const app = insertApp(
    state,
    { type: 'user', id: user.id },
    user.name,
    newApp,
    user.id,
    input.now,
  )
  return jsonResponse(appResponse(state, app, actor.userId), 201)
}

export const getApp: Handler = (input) => {
  const { state, actor } = input
  const { app } = accessApp(
    state,
    actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    'read',
  )
  return jsonResponse(appResponse(state, app, actor.userId))
}

export const updateApp: Handler = (input) => {
  const { state, actor } = input
  const ownerName = param(input, 'owner_name')
  const { app } = accessApp(
    state,
    actor,
    ownerName,
    param(input, 'app_name'),
    'update',
  )
  const patch = parseAppPatch(input.body)
  if (patch.name !== undefined) {
    requireFreeName(state, app.owner, ownerName, patch.name, app)
  }
  // Validate everything before changing anything: no half-applied patches.
  app.displayName = patch.displayName ?? app.displayName
  app.name = patch.name ?? app.name
  app.description = patch.description ?? app.description
  app.releaseType = patch.releaseType ?? app.releaseType
  app.iconUrl = patch.iconUrl ?? app.iconUrl
  app.updatedAt = input.now
  return jsonResponse(appResponse(state, app, actor.userId))
}

export const deleteApp: Handler = (input) => {
  const { state, actor } = input
  const { app } = accessApp(
    state,
    actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    'delete',
  )
  state.apps.delete(app.id)
  // An app's tokens die with it, so they answer 401 from now on.
  for (const token of [...state.tokens.values()]) {
    if (token.appId === app.id) removeToken(state, token)
  }
  return noContent()
}
