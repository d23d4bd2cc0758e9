import { randomUUID } from 'node:crypto'
import { param, reply, type Handler, type OperationInput } from '../context.ts'
import { SandboxError } from '../errors.ts'
import type { App, SandboxState } from '../model.ts'
import { bodyObject } from '../validate.ts'
import type { DistributionGroup } from '../workflow-model.ts'
import { appOf, notFound, orgOf } from './scope.ts'

// Distribution groups: an app's own, and an organization's shared ones that
// are attached to several of its apps. Members are testers, by email.

function groupJson(group: DistributionGroup) {
  return {
    id: group.id,
    name: group.name,
    display_name: group.displayName,
    origin: 'appcenter',
    is_public: group.isPublic,
  }
}

function appGroups(state: SandboxState, app: App): DistributionGroup[] {
  return [...state.workflows.groups.values()].filter(
    (g) => g.appId === app.id || g.appIds.has(app.id),
  )
}

function orgGroups(state: SandboxState, orgId: string): DistributionGroup[] {
  return [...state.workflows.groups.values()].filter((g) => g.orgId === orgId)
}

const HINT = 'GET .../distribution_groups lists the groups.'

function named(groups: DistributionGroup[], name: string): DistributionGroup {
  return (
    groups.find((g) => g.name === name) ??
    notFound('distribution group', name, HINT)
  )
}

export function appGroup(
  input: OperationInput,
  write: boolean,
): { app: App; group: DistributionGroup } {
  const app = appOf(input, write ? 'develop' : 'read')
  const group = named(
    appGroups(input.state, app),
    param(input, 'distribution_group_name'),
  )
  return { app, group }
}

function orgGroup(input: OperationInput, write: boolean) {
  const { org } = orgOf(input, write ? 'admin' : 'read')
  const group = named(
    orgGroups(input.state, org.id),
    param(input, 'distribution_group_name'),
  )
  return { org, group }
}

function newGroup(
  input: OperationInput,
  existing: DistributionGroup[],
  owner: { appId?: string; orgId?: string },
): DistributionGroup {
  const body = bodyObject(input.body)
  const name = String(body.name ?? '').trim()
  if (!name) {
    throw new SandboxError('BadRequest', 'Field "name" must not be empty.')
  }
  if (existing.some((g) => g.name.toLowerCase() === name.toLowerCase())) {
    throw new SandboxError(
      'Conflict',
      `A distribution group named "${name}" already exists here. Pick another name.`,
    )
  }
  const group: DistributionGroup = {
    id: randomUUID(),
    name,
    displayName: String(body.display_name ?? name),
    isPublic: false,
    appIds: new Set(),
    members: new Map(),
    createdAt: input.now,
    ...owner,
  }
  input.state.workflows.groups.set(group.id, group)
  return group
}

function patchGroup(input: OperationInput, group: DistributionGroup) {
  const body = bodyObject(input.body)
  if (typeof body.name === 'string' && body.name.trim()) {
    group.name = body.name.trim()
    group.displayName = group.name
  }
  if (typeof body.is_public === 'boolean') group.isPublic = body.is_public
  return reply(input, groupJson(group))
}

function members(input: OperationInput, group: DistributionGroup) {
  const people = [...input.state.users.values()]
  return reply(
    input,
    [...group.members.keys()].map((email) => {
      const user = people.find((u) => u.email.toLowerCase() === email)
      return user
        ? {
            id: user.id,
            display_name: user.displayName,
            email: user.email,
            name: user.name,
            invite_pending: false,
          }
        : { email, display_name: email, name: email, invite_pending: true }
    }),
  )
}

function emailsOf(input: OperationInput): string[] {
  const emails = bodyObject(input.body).user_emails
  return (Array.isArray(emails) ? emails : []).map((e) =>
    String(e).trim().toLowerCase(),
  )
}

function addMembers(input: OperationInput, group: DistributionGroup) {
  const results = emailsOf(input).map((email) => {
    const known = group.members.has(email)
    if (!known) group.members.set(email, input.now)
    return {
      user_email: email,
      status: known ? 409 : 200,
      code: known ? 'Conflict' : 'OK',
      message: known ? 'Already a member of this group.' : 'Added.',
      invite_pending: ![...input.state.users.values()].some(
        (u) => u.email.toLowerCase() === email,
      ),
    }
  })
  return reply(input, results)
}

function removeMembers(input: OperationInput, group: DistributionGroup) {
  const results = emailsOf(input).map((email) => {
    const found = group.members.delete(email)
    return {
      user_email: email,
      status: found ? 200 : 404,
      code: found ? 'OK' : 'NotFound',
    }
  })
  return reply(input, results)
}

export const distributionGroupHandlers: Record<string, Handler> = {
  distributionGroups_list: (input) =>
    reply(input, appGroups(input.state, appOf(input, 'read')).map(groupJson)),
  distributionGroups_create: (input) => {
    const app = appOf(input, 'develop')
    return reply(
      input,
      groupJson(
        newGroup(input, appGroups(input.state, app), { appId: app.id }),
      ),
    )
  },
  distributionGroups_get: (input) =>
    reply(input, groupJson(appGroup(input, false).group)),
  distributionGroups_update: (input) =>
    patchGroup(input, appGroup(input, true).group),
  distributionGroups_delete: (input) => {
    const { app, group } = appGroup(input, true)
    if (group.appId === app.id) input.state.workflows.groups.delete(group.id)
    else group.appIds.delete(app.id)
    return reply(input, undefined)
  },
  distributionGroups_listUsers: (input) =>
    members(input, appGroup(input, false).group),
  distributionGroups_addUser: (input) =>
    addMembers(input, appGroup(input, true).group),
  distributionGroups_removeUser: (input) =>
    removeMembers(input, appGroup(input, true).group),

  distributionGroups_listForOrg: (input) =>
    reply(input, orgGroups(input.state, orgOf(input).org.id).map(groupJson)),
  distributionGroups_createForOrg: (input) => {
    const { org } = orgOf(input, 'admin')
    return reply(
      input,
      groupJson(
        newGroup(input, orgGroups(input.state, org.id), { orgId: org.id }),
      ),
    )
  },
  distributionGroups_getForOrg: (input) =>
    reply(input, groupJson(orgGroup(input, false).group)),
  distributionGroups_patchForOrg: (input) =>
    patchGroup(input, orgGroup(input, true).group),
  distributionGroups_deleteForOrg: (input) => {
    input.state.workflows.groups.delete(orgGroup(input, true).group.id)
    return reply(input, undefined)
  },
  distributionGroups_listUsersForOrg: (input) =>
    members(input, orgGroup(input, false).group),
  distributionGroups_addUsersForOrg: (input) =>
    addMembers(input, orgGroup(input, true).group),
  distributionGroups_bulkDeleteUsers: (input) => {
    const { group } = orgGroup(input, true)
    for (const email of emailsOf(input)) group.members.delete(email)
    return reply(input, undefined)
  },
  distributionGroups_getApps: (input) => {
    const { group } = orgGroup(input, false)
    const apps = [...group.appIds].flatMap(
      (id) => input.state.apps.get(id) ?? [],
    )
    return reply(
      input,
      apps.map((app) => ({
        id: app.id,
        name: app.name,
        display_name: app.displayName,
        os: app.os,
        platform: app.platform,
      })),
    )
  },
  distributionGroups_addApps: (input) => setApps(input, true),
  distributionGroups_bulkDeleteApps: (input) => setApps(input, false),
}

function setApps(input: OperationInput, add: boolean): Response {
  const { org, group } = orgGroup(input, true)
  const apps = bodyObject(input.body).apps
  for (const entry of Array.isArray(apps) ? apps : []) {
    const name = String((entry as { name?: unknown }).name ?? '')
    const app = [...input.state.apps.values()].find(
      (a) => a.owner.id === org.id && a.name === name,
    )
    if (!app) {
      notFound('app', name, `Only apps of ${org.name} can join its groups.`)
    }
    if (add) group.appIds.add(app.id)
    else group.appIds.delete(app.id)
  }
  return reply(input, undefined)
}
