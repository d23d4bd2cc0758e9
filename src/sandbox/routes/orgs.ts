import { appRole, orgRole, requireOrgCanCreateApps } from '../access.ts'
import { param, type Handler, type OperationInput } from '../context.ts'
import { SandboxError } from '../errors.ts'
import { requireUserToken } from '../guards.ts'
import { jsonResponse } from '../json-response.ts'
import type { Org, OrgRole } from '../model.ts'
import { appResponse, orgListItem, orgResponse } from '../serialize.ts'
import { quote } from '../validate.ts'
import { insertApp, parseNewApp } from './app-input.ts'

/** Organizations the caller belongs to; others look like they don't exist. */
function memberOrg(input: OperationInput): { org: Org; role: OrgRole } {
  const name = param(input, 'org_name')
  for (const org of input.state.orgs.values()) {
    const role = orgRole(org, input.actor.userId)
    if (role && org.name === name) return { org, role }
  }
  throw new SandboxError(
    'NotFound',
    `There is no organization ${quote(name)} that you belong to. GET /v0.1/orgs lists yours.`,
  )
}

export const listOrgs: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'list organizations')
  const orgs = [...input.state.orgs.values()].filter((org) =>
    orgRole(org, input.actor.userId),
  )
  return jsonResponse(orgs.map(orgListItem))
}

export const getOrg: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'read organizations')
  return jsonResponse(orgResponse(memberOrg(input).org))
}

export const listOrgApps: Handler = (input) => {
  const { state, actor } = input
  requireUserToken(state, actor, 'read', "list an organization's apps")
  const { org } = memberOrg(input)
  // Admins see every app of the org; others only apps they are on.
  const apps = [...state.apps.values()].filter(
    (app) => app.owner.id === org.id && appRole(state, app, actor.userId),
  )
  return jsonResponse(apps.map((app) => appResponse(state, app, actor.userId)))
}

export const createOrgApp: Handler = (input) => {
  const { state, actor } = input
  requireUserToken(state, actor, 'write', 'create apps')
  const { org, role } = memberOrg(input)
  requireOrgCanCreateApps(org, role)
  const newApp = parseNewApp(input.body)
  const app = insertApp(
    state,
    { type: 'org', id: org.id },
    org.name,
    newApp,
    actor.userId,
    input.now,
  )
  return jsonResponse(appResponse(state, app, actor.userId), 201)
}
