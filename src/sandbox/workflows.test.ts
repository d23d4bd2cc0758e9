import { describe, expect, it } from 'vitest'
import { errorOf, setupSandbox } from './testing/sandbox-client.ts'

// The workflows a user follows step by step keep their state between calls,
// and the seeded read-only areas honour their parameters.

const HELLO = '/v0.1/apps/demo-user/hello-android'

function clockAt(start: number) {
  const clock = { now: start }
  return { clock, options: { clock: () => clock.now } }
}

describe('Distribute', () => {
  it('creates a group, adds a tester, distributes a release to it and lists it among the destinations', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const created = await call('POST', `${HELLO}/distribution_groups`, {
      token,
      body: { name: 'Field testers' },
    })
    expect(created.status).toBe(201)
    const group = created.json as { id: string; name: string }
    expect(group.name).toBe('Field testers')

    const added = await call(
      'POST',
      `${HELLO}/distribution_groups/Field%20testers/members`,
      { token, body: { user_emails: ['eli@example.com'] } },
    )
    expect(added.status).toBe(200)
    const members = await call(
      'GET',
      `${HELLO}/distribution_groups/Field%20testers/members`,
      { token },
    )
    expect(members.json).toEqual([
      expect.objectContaining({ email: 'eli@example.com' }),
    ])

    const sent = await call('POST', `${HELLO}/releases/3/groups`, {
      token,
      body: { id: group.id },
    })
    expect(sent.status).toBe(201)
    const release = await call('GET', `${HELLO}/releases/3`, { token })
    expect(
      (release.json as { destinations: { name: string }[] }).destinations.map(
        (d) => d.name,
      ),
    ).toContain('Field testers')
    const byGroup = await call(
      'GET',
      `${HELLO}/distribution_groups/Field%20testers/releases`,
      { token },
    )
    expect((byGroup.json as { id: number }[]).map((r) => r.id)).toEqual([3])

    const again = await call('POST', `${HELLO}/releases/3/groups`, {
      token,
      body: { id: group.id },
    })
    expect(again.status).toBe(409)
  })

  it('edits notes, disables, and deletes a release; "latest" follows', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const edited = await call('PUT', `${HELLO}/releases/3`, {
      token,
      body: {
        release_notes: 'Offline mode, now on by default.',
        enabled: false,
      },
    })
    expect(edited.json).toMatchObject({
      release_notes: 'Offline mode, now on by default.',
      enabled: false,
    })
    const latest = await call('GET', `${HELLO}/releases/latest`, { token })
    expect(latest.json).toMatchObject({ id: 2 })
    expect(
      (await call('DELETE', `${HELLO}/releases/2`, { token })).status,
    ).toBe(200)
    const gone = await call('GET', `${HELLO}/releases/2`, { token })
    expect(gone.status).toBe(404)
    expect(errorOf(gone).message).toContain('"2"')
  })

  it('refuses a duplicate group name, and a read-only token', async () => {
    const { call, tokens } = setupSandbox()
    const duplicate = await call('POST', `${HELLO}/distribution_groups`, {
      token: tokens.userFull,
      body: { name: 'beta testers' },
    })
    expect(duplicate.status).toBe(409)
    const readOnly = await call('POST', `${HELLO}/distribution_groups`, {
      token: tokens.userReadOnly,
      body: { name: 'New' },
    })
    expect(readOnly.status).toBe(403)
  })

  it('keeps an app token to its own app', async () => {
    const { call, tokens } = setupSandbox()
    const own = await call('GET', `${HELLO}/distribution_groups`, {
      token: tokens.appFull,
    })
    expect(own.status).toBe(200)
    const other = await call(
      'GET',
      '/v0.1/apps/demo-user/hello-ios/distribution_groups',
      { token: tokens.appFull },
    )
    expect(other.status).toBe(403)
  })

  it('is restored by a reset', async () => {
    const { sandbox, call, tokens } = setupSandbox()
    await call('DELETE', `${HELLO}/distribution_groups/Beta%20testers`, {
      token: tokens.userFull,
    })
    sandbox.reset()
    const back = await call('GET', `${HELLO}/distribution_groups`, {
      token: tokens.userFull,
    })
    expect((back.json as { name: string }[]).map((g) => g.name)).toContain(
      'Beta testers',
    )
  })
})

describe('CodePush', () => {
  it('promotes Staging to Production, then rolls Production back', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const promoted = await call(
      'POST',
      `${HELLO}/deployments/Staging/promote_release/Production`,
      { token, body: {} },
    )
    expect(promoted.status).toBe(200)
    expect(promoted.json).toMatchObject({
      label: 'v2',
      original_label: 'v2',
      original_deployment: 'Staging',
      description: 'Faster start-up.',
    })

    const rolledBack = await call(
      'POST',
      `${HELLO}/deployments/Production/rollback_release`,
      { token, body: {} },
    )
    expect(rolledBack.status).toBe(201)
    expect(rolledBack.json).toMatchObject({
      label: 'v3',
      original_label: 'v1',
      description: 'Fix the login button colour.',
    })
    const history = await call(
      'GET',
      `${HELLO}/deployments/Production/releases`,
      {
        token,
      },
    )
    expect((history.json as { label: string }[]).map((r) => r.label)).toEqual([
      'v1',
      'v2',
      'v3',
    ])
    const metrics = await call(
      'GET',
      `${HELLO}/deployments/Production/metrics`,
      {
        token,
      },
    )
    expect(metrics.json).toHaveLength(3)
  })

  it('creates, renames and deletes a deployment', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    expect(
      (
        await call('POST', `${HELLO}/deployments`, {
          token,
          body: { name: 'Canary' },
        })
      ).status,
    ).toBe(201)
    expect(
      (
        await call('PATCH', `${HELLO}/deployments/Canary`, {
          token,
          body: { name: 'Beta' },
        })
      ).status,
    ).toBe(204)
    expect(
      (await call('GET', `${HELLO}/deployments/Beta`, { token })).json,
    ).toMatchObject({ name: 'Beta' })
    expect(
      (await call('DELETE', `${HELLO}/deployments/Beta`, { token })).status,
    ).toBe(204)
    expect(
      (await call('GET', `${HELLO}/deployments/Beta`, { token })).status,
    ).toBe(404)
  })
})

describe('Build', () => {
  it('moves a queued build from notStarted to inProgress to completed with the clock', async () => {
    const { clock, options } = clockAt(Date.parse('2025-01-10T12:00:00Z'))
    const { call, tokens } = setupSandbox(options)
    const token = tokens.userFull
    const queued = await call('POST', `${HELLO}/branches/main/builds`, {
      token,
      body: {},
    })
    expect(queued.json).toMatchObject({ id: 3, status: 'notStarted' })
    const read = async () =>
      (await call('GET', `${HELLO}/builds/3`, { token })).json as {
        status: string
        result?: string
      }

    clock.now += 1500
    expect(await read()).toMatchObject({ status: 'inProgress' })
    const partial = await call('GET', `${HELLO}/builds/3/logs`, { token })
    expect((partial.json as { value: string[] }).value.join('\n')).not.toMatch(
      /BUILD SUCCESSFUL/,
    )
    const early = await call('GET', `${HELLO}/builds/3/downloads/build`, {
      token,
    })
    expect(early.status).toBe(404)

    clock.now += 3000
    expect(await read()).toMatchObject({
      status: 'completed',
      result: 'succeeded',
    })
    const logs = await call('GET', `${HELLO}/builds/3/logs`, { token })
    expect((logs.json as { value: string[] }).value.join('\n')).toMatch(
      /BUILD SUCCESSFUL/,
    )
    const download = await call('GET', `${HELLO}/builds/3/downloads/build`, {
      token,
    })
    expect(download.json).toMatchObject({
      uri: expect.stringMatching(/^https:/),
    })
  })

  it('keeps branch configuration, and will not build an unconfigured branch', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const unconfigured = await call(
      'POST',
      `${HELLO}/branches/feature%2Foffline/builds`,
      { token, body: {} },
    )
    expect(unconfigured.status).toBe(400)
    const config = { trigger: 'manual', testsEnabled: false, signed: false }
    expect(
      (
        await call('POST', `${HELLO}/branches/feature%2Foffline/config`, {
          token,
          body: config,
        })
      ).status,
    ).toBe(200)
    const branches = await call('GET', `${HELLO}/branches`, { token })
    expect(branches.json).toContainEqual(
      expect.objectContaining({
        branch: expect.objectContaining({ name: 'feature/offline' }),
        configured: true,
      }),
    )
  })
})

describe('Orgs', () => {
  it('creates a team, adds a member, and manages invitations', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const team = await call('POST', '/v0.1/orgs/contoso/teams', {
      token,
      body: { name: 'web', display_name: 'Web' },
    })
    expect(team.status).toBe(201)
    expect(JSON.stringify(team.json)).toContain('"name":"web"')
    const added = await call('POST', '/v0.1/orgs/contoso/teams/web/users', {
      token,
      body: { user_email: 'ben@example.com' },
    })
    expect(added.status).toBe(201)
    const invited = await call('POST', '/v0.1/orgs/contoso/invitations', {
      token,
      body: { user_email: 'new@example.com', role: 'member' },
    })
    expect(invited.status).toBe(204)
    const pending = await call('GET', '/v0.1/orgs/contoso/invitations', {
      token,
    })
    expect(
      (pending.json as { email: string }[]).map((i) => i.email).sort(),
    ).toEqual(['new@example.com', 'newhire@example.com'])
  })

  it('leaves changes to admins', async () => {
    const { call, tokens } = setupSandbox()
    const result = await call('POST', '/v0.1/orgs/fabrikam/teams', {
      token: tokens.userFull,
      body: { display_name: 'Ops' },
    })
    expect(result.status).toBe(403)
    expect(errorOf(result).message).toMatch(/admin/)
  })
})

describe('seeded read-only areas', () => {
  it('answers analytics for exactly the asked days, and checks the range', async () => {
    const { call, tokens } = setupSandbox()
    const path = `${HELLO}/analytics/session_counts?interval=P1D&start=2024-11-01T00:00:00Z&end=2024-11-07T00:00:00Z`
    const week = await call('GET', path, { token: tokens.userFull })
    const days = week.json as { datetime: string }[]
    expect(days.map((d) => d.datetime.slice(0, 10))).toEqual([
      '2024-11-01',
      '2024-11-02',
      '2024-11-03',
      '2024-11-04',
      '2024-11-05',
      '2024-11-06',
      '2024-11-07',
    ])
    const same = await call('GET', path, { token: tokens.userFull })
    expect(same.json).toEqual(week.json)

    const backwards = await call(
      'GET',
      `${HELLO}/analytics/session_counts?interval=P1D&start=2024-11-07T00:00:00Z&end=2024-11-01T00:00:00Z`,
      { token: tokens.userFull },
    )
    expect(backwards.status).toBe(400)
    expect(errorOf(backwards).message).toContain('"start"')
    const notADate = await call(
      'GET',
      `${HELLO}/analytics/versions?start=yesterday`,
      { token: tokens.userFull },
    )
    expect(notADate.status).toBe(400)
    expect(errorOf(notADate).message).toContain('"start"')
  })

  it('pages error groups and shows a stack trace', async () => {
    const { call, tokens } = setupSandbox()
    const token = tokens.userFull
    const first = await call(
      'GET',
      `${HELLO}/errors/errorGroups?start=2024-01-01T00:00:00Z&$top=3`,
      { token },
    )
    const page = first.json as {
      errorGroups: { errorGroupId: string }[]
      nextLink?: string
    }
    expect(page.errorGroups).toHaveLength(3)
    expect(decodeURIComponent(page.nextLink ?? '')).toMatch(/\$skip=3/)
    const second = await call('GET', page.nextLink ?? '', { token })
    const next = second.json as { errorGroups: { errorGroupId: string }[] }
    expect(next.errorGroups[0]?.errorGroupId).not.toBe(
      page.errorGroups[0]?.errorGroupId,
    )
    const id = page.errorGroups[0]?.errorGroupId ?? ''
    const trace = await call(
      'GET',
      `${HELLO}/errors/errorGroups/${id}/stacktrace`,
      { token },
    )
    expect(JSON.stringify(trace.json)).toMatch(/at com\.example\.hello\./)
  })

  it('lists test runs', async () => {
    const { call, tokens } = setupSandbox()
    const runs = await call('GET', `${HELLO}/test_runs`, {
      token: tokens.userFull,
    })
    expect(runs.json).toHaveLength(6)
  })
})
