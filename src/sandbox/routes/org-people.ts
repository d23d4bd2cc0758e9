import { randomUUID } from 'node:crypto'
import { param, reply, type Handler, type OperationInput } from '../context.ts'
import { SandboxError } from '../errors.ts'
import type { Org, OrgRole, User } from '../model.ts'
import { bodyObject, quote } from '../validate.ts'
import type { Team } from '../workflow-model.ts'
import { appOf, notFound, orgOf } from './scope.ts'

// An organization's people: members and their roles, teams (people plus
// apps they share), and invitations not yet accepted. Admins change things;
// every member can look.

function teamsOf(input: OperationInput, org: Org): Map<string, Team> {
  const all = input.state.workflows.teams
  let teams = all.get(org.id)
  if (!teams) {
    teams = new Map()
    all.set(org.id, teams)
  }
  return teams
}

function team(input: OperationInput, write: boolean) {
  const { org } = orgOf(input, write ? 'admin' : 'read')
  const name = param(input, 'team_name')
  const found =
    teamsOf(input, org).get(name) ??
    notFound('team', name, `GET /v0.1/orgs/${org.name}/teams lists them.`)
  return { org, team: found }
}

function teamJson(t: Team) {
  return {
    id: t.id,
    name: t.name,
    display_name: t.displayName,
    description: t.description,
  }
}

function userByName(input: OperationInput, name: string): User {
  const user = [...input.state.users.values()].find(
    (u) => u.name === name || u.email.toLowerCase() === name.toLowerCase(),
  )
  return user ?? notFound('user', name, 'Use the name from GET .../users.')
}

function memberJson(user: User, role: OrgRole) {
  return {
    name: user.name,
    display_name: user.displayName,
    email: user.email,
    role,
    joined_at: '2024-05-06T09:30:00.000Z',
  }
}

function orgMember(input: OperationInput, write: boolean) {
  const { org } = orgOf(input, write ? 'admin' : 'read')
  const user = userByName(input, param(input, 'user_name'))
  const role = org.members.get(user.id)
  if (!role) {
    notFound(
      'member',
      user.name,
      `GET /v0.1/orgs/${org.name}/users lists them.`,
    )
  }
  return { org, user, role }
}

function appJson(input: OperationInput, appId: string, permission: string) {
  const app = input.state.apps.get(appId)
  if (!app) return []
  return [
    {
      id: app.id,
      name: app.name,
      display_name: app.displayName,
      os: app.os,
      platform: app.platform,
      team_permissions: [permission],
    },
  ]
}

function invitations(input: OperationInput, org: Org) {
  const all = input.state.workflows.orgInvitations
  let pending = all.get(org.id)
  if (!pending) {
    pending = new Map()
    all.set(org.id, pending)
  }
  return pending
}

function pendingInvite(input: OperationInput, email: string) {
  const { org } = orgOf(input, 'admin')
  const key = email.toLowerCase()
  const invite = invitations(input, org).get(key)
  if (!invite) {
    notFound(
      'pending invitation for',
      email,
      `GET /v0.1/orgs/${org.name}/invitations lists them.`,
    )
  }
  return { org, key, invite }
}

export const orgPeopleHandlers: Record<string, Handler> = {
  users_listForOrg: (input) => {
    const { org } = orgOf(input)
    return reply(
      input,
      [...org.members].flatMap(([userId, role]) => {
        const user = input.state.users.get(userId)
        return user ? [memberJson(user, role)] : []
      }),
    )
  },
  users_getForOrg: (input) => {
    const { user, role } = orgMember(input, false)
    return reply(input, memberJson(user, role))
  },
  users_updateOrgRole: (input) => {
    const { org, user } = orgMember(input, true)
    const role = bodyObject(input.body).role as OrgRole
    const admins = [...org.members.values()].filter((r) => r === 'admin')
    if (
      org.members.get(user.id) === 'admin' &&
      role !== 'admin' &&
      admins.length === 1
    ) {
      throw new SandboxError(
        'BadRequest',
        `${user.name} is the last admin of ${org.name}; make someone else admin first.`,
      )
    }
    org.members.set(user.id, role)
    return reply(input, memberJson(user, role))
  },
  users_removeFromOrg: (input) => {
    // Anyone may leave; removing someone else takes an admin.
    const self = input.state.users.get(input.actor.userId)?.name
    const leaving = param(input, 'user_name') === self
    const { org, user, role } = orgMember(input, !leaving)
    const admins = [...org.members.values()].filter((r) => r === 'admin')
    if (role === 'admin' && admins.length === 1) {
      throw new SandboxError(
        'BadRequest',
        `${user.name} is the last admin of ${org.name} and cannot leave it.`,
      )
    }
    org.members.delete(user.id)
    for (const t of teamsOf(input, org).values()) t.userIds.delete(user.id)
    return reply(input, undefined)
  },

  teams_listAll: (input) =>
    reply(input, [...teamsOf(input, orgOf(input).org).values()].map(teamJson)),
  teams_createTeam: (input) => {
    const { org } = orgOf(input, 'admin')
    const body = bodyObject(input.body)
    const displayName = String(body.display_name ?? '').trim()
    const name = String(
      body.name ?? displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    ).trim()
    if (!name)
      throw new SandboxError(
        'BadRequest',
        'Field "display_name" must not be empty.',
      )
    const teams = teamsOf(input, org)
    if (teams.has(name)) {
      throw new SandboxError(
        'Conflict',
        `${org.name} already has a team named ${quote(name)}.`,
      )
    }
    const created: Team = {
      id: randomUUID(),
      name,
      displayName: displayName || name,
      description:
        typeof body.description === 'string' ? body.description : undefined,
      userIds: new Set([input.actor.userId]),
      apps: new Map(),
    }
    teams.set(name, created)
    return reply(input, teamJson(created))
  },
  teams_getTeam: (input) => reply(input, teamJson(team(input, false).team)),
  teams_update: (input) => {
    const { team: t } = team(input, true)
    const body = bodyObject(input.body)
    if (typeof body.display_name === 'string' && body.display_name.trim())
      t.displayName = body.display_name.trim()
    if (typeof body.description === 'string') t.description = body.description
    return reply(input, teamJson(t))
  },
  teams_delete: (input) => {
    const { org, team: t } = team(input, true)
    teamsOf(input, org).delete(t.name)
    return reply(input, undefined)
  },
  teams_getUsers: (input) => {
    const { team: t } = team(input, false)
    return reply(
      input,
      [...t.userIds].flatMap((id) => {
        const user = input.state.users.get(id)
        return user
          ? [
              {
                name: user.name,
                display_name: user.displayName,
                email: user.email,
                role: 'collaborator',
              },
            ]
          : []
      }),
    )
  },
  teams_addUser: (input) => {
    const { org, team: t } = team(input, true)
    const email = String(bodyObject(input.body).user_email ?? '')
    const user = userByName(input, email)
    if (!org.members.has(user.id)) {
      throw new SandboxError(
        'BadRequest',
        `${user.email} is not a member of ${org.name}; invite them to the organization first.`,
      )
    }
    t.userIds.add(user.id)
    return reply(input, {
      name: user.name,
      display_name: user.displayName,
      email: user.email,
      role: 'collaborator',
    })
  },
  teams_removeUser: (input) => {
    const { team: t } = team(input, true)
    const user = userByName(input, param(input, 'user_name'))
    if (!t.userIds.delete(user.id))
      notFound('team member', user.name, 'GET .../users lists them.')
    return reply(input, undefined)
  },
  teams_listApps: (input) => {
    const { team: t } = team(input, false)
    return reply(
      input,
      [...t.apps].flatMap(([id, p]) => appJson(input, id, p)),
    )
  },
  teams_addApp: (input) => {
    const { org, team: t } = team(input, true)
    const name = String(bodyObject(input.body).name ?? '')
    const app = [...input.state.apps.values()].find(
      (a) => a.owner.id === org.id && a.name === name,
    )
    if (!app)
      notFound(
        'app',
        name,
        `Only apps of ${org.name} can be shared with its teams.`,
      )
    t.apps.set(app.id, 'developer')
    return reply(input, appJson(input, app.id, 'developer')[0])
  },
  teams_updatePermissions: (input) => {
    const { team: t } = team(input, true)
    const name = param(input, 'app_name')
    const entry = [...t.apps.keys()].find(
      (id) => input.state.apps.get(id)?.name === name,
    )
    if (!entry) notFound('app', name, "GET .../apps lists the team's apps.")
    const permissions = bodyObject(input.body).permissions
    const permission =
      Array.isArray(permissions) && permissions[0]
        ? String(permissions[0])
        : 'developer'
    t.apps.set(entry, permission)
    return reply(input, appJson(input, entry, permission)[0])
  },
  teams_removeApp: (input) => {
    const { team: t } = team(input, true)
    const name = param(input, 'app_name')
    const entry = [...t.apps.keys()].find(
      (id) => input.state.apps.get(id)?.name === name,
    )
    if (!entry) notFound('app', name, "GET .../apps lists the team's apps.")
    t.apps.delete(entry)
    return reply(input, undefined)
  },
  apps_getTeams: (input) => {
    const app = appOf(input, 'read')
    const teams = [...input.state.workflows.teams.values()].flatMap((m) => [
      ...m.values(),
    ])
    return reply(
      input,
      teams
        .filter((t) => t.apps.has(app.id))
        .map((t) =>
          Object.assign(teamJson(t), { permissions: [t.apps.get(app.id)] }),
        ),
    )
  },

  orgInvitations_listPending: (input) => {
    const { org } = orgOf(input, 'admin')
    return reply(
      input,
      [...invitations(input, org).values()].map((i) => ({
        id: `1a7e0000-0000-4000-8000-${Buffer.from(i.email).toString('hex').slice(0, 12).padEnd(12, '0')}`,
        email: i.email,
        role: i.role,
      })),
    )
  },
  orgInvitations_create: (input) => {
    const { org } = orgOf(input, 'admin')
    const body = bodyObject(input.body)
    const email = String(body.user_email ?? '')
      .trim()
      .toLowerCase()
    const member = [...input.state.users.values()].find(
      (u) => u.email.toLowerCase() === email,
    )
    if (member && org.members.has(member.id)) {
      throw new SandboxError(
        'Conflict',
        `${email} is already a member of ${org.name}.`,
      )
    }
    invitations(input, org).set(email, {
      email,
      role: typeof body.role === 'string' ? body.role : 'member',
      invitedAt: input.now,
      invitedBy: input.actor.userId,
    })
    return reply(input, undefined)
  },
  orgInvitations_update: (input) => {
    const { invite } = pendingInvite(input, param(input, 'email'))
    const role = bodyObject(input.body).role
    if (typeof role === 'string') invite.role = role
    return reply(input, undefined)
  },
  orgInvitations_sendNewInvitation: (input) => {
    const { invite } = pendingInvite(input, param(input, 'email'))
    invite.invitedAt = input.now
    return reply(input, undefined)
  },
  orgInvitations_revoke: (input) => {
    const { org, key } = pendingInvite(input, param(input, 'email'))
    invitations(input, org).delete(key)
    return reply(input, undefined)
  },
  orgInvitations_delete: (input) => {
    const email = String(bodyObject(input.body).user_email ?? '')
    const { org, key } = pendingInvite(input, email)
    invitations(input, org).delete(key)
    return reply(input, undefined)
  },
}
