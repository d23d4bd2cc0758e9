import { param, reply, type Handler, type OperationInput } from '../context.ts'
import { SandboxError } from '../errors.ts'
import type { App } from '../model.ts'
import { bodyObject } from '../validate.ts'
import type { Release } from '../workflow-model.ts'
import { appGroup } from './distribution-groups.ts'
import { appOf, notFound } from './scope.ts'

// Releases of an app and where they went: groups and single testers. A
// release id may also be "latest", as in App Center.

function appReleases(input: OperationInput, app: App): Release[] {
  return [...input.state.workflows.releases.values()]
    .filter((r) => r.appId === app.id)
    .sort((a, b) => b.id - a.id)
}

function findRelease(input: OperationInput, app: App): Release {
  const id = param(input, 'release_id')
  const releases = appReleases(input, app)
  const release =
    id === 'latest'
      ? releases.find((r) => r.enabled)
      : releases.find((r) => String(r.id) === id)
  return (
    release ??
    notFound('release', id, 'GET .../releases lists the releases of this app.')
  )
}

function summary(release: Release) {
  return {
    id: release.id,
    version: release.version,
    short_version: release.shortVersion,
    origin: 'appcenter',
    enabled: release.enabled,
    uploaded_at: release.uploadedAt,
    destination_type: release.destinations[0]?.type ?? 'group',
    distribution_groups: release.destinations
      .filter((d) => d.type === 'group')
      .map((d) => ({ id: d.id, name: d.name })),
    destinations: release.destinations.map((d) => ({
      id: d.id,
      name: d.name,
      destination_type: d.type,
    })),
  }
}

function details(app: App, release: Release) {
  return Object.assign(summary(release), {
    app_name: app.name,
    app_display_name: app.displayName,
    app_os: app.os,
    release_notes: release.releaseNotes,
    size: release.size,
    fingerprint: release.fingerprint,
    download_url: `https://example.com/sandbox/downloads/${app.name}-${release.shortVersion}.apk`,
    install_url: `https://install.example.com/${app.name}/releases/${release.id}`,
    is_external_build: false,
  })
}

function addDestination(
  release: Release,
  destination: Release['destinations'][number],
): void {
  if (release.destinations.some((d) => d.id === destination.id)) {
    throw new SandboxError(
      'Conflict',
      `Release ${release.id} already went to ${destination.name}.`,
    )
  }
  release.destinations.push(destination)
}

function removeDestination(input: OperationInput, key: string): Response {
  const app = appOf(input, 'develop')
  const release = findRelease(input, app)
  const id = param(input, key)
  const before = release.destinations.length
  release.destinations = release.destinations.filter((d) => d.id !== id)
  if (release.destinations.length === before) {
    notFound('destination', id, `GET .../releases/${release.id} lists them.`)
  }
  return reply(input, undefined)
}

function edit(input: OperationInput): Response {
  const app = appOf(input, 'develop')
  const release = findRelease(input, app)
  const body = bodyObject(input.body)
  if (typeof body.release_notes === 'string') {
    release.releaseNotes = body.release_notes
  }
  if (typeof body.enabled === 'boolean') release.enabled = body.enabled
  return reply(input, {
    enabled: release.enabled,
    release_notes: release.releaseNotes,
    destinations: release.destinations.map((d) => ({ id: d.id, name: d.name })),
  })
}

export const releaseHandlers: Record<string, Handler> = {
  releases_list: (input) => {
    const app = appOf(input, 'read')
    return reply(input, appReleases(input, app).map(summary))
  },
  releases_listLatest: (input) => {
    const app = appOf(input, 'read')
    return reply(input, appReleases(input, app).slice(0, 3).map(summary))
  },
  releases_getLatestByUser: (input) => {
    const app = appOf(input, 'read')
    return reply(input, details(app, findRelease(input, app)))
  },
  releases_updateDetails: edit,
  releases_update: edit,
  releases_delete: (input) => {
    const app = appOf(input, 'develop')
    input.state.workflows.releases.delete(findRelease(input, app).id)
    return reply(input, undefined)
  },
  releases_addDistributionGroup: (input) => {
    const app = appOf(input, 'develop')
    const release = findRelease(input, app)
    const id = String(bodyObject(input.body).id ?? '')
    const group = input.state.workflows.groups.get(id)
    if (!group || (group.appId !== app.id && !group.appIds.has(app.id))) {
      notFound(
        'distribution group with id',
        id,
        'Use an id from GET .../distribution_groups.',
      )
    }
    addDestination(release, { id: group.id, name: group.name, type: 'group' })
    return reply(input, {
      id: group.id,
      mandatory_update: bodyObject(input.body).mandatory_update === true,
    })
  },
  releases_addTesters: (input) => {
    const app = appOf(input, 'develop')
    const release = findRelease(input, app)
    const email = String(bodyObject(input.body).email ?? '').toLowerCase()
    const id = `7e57e700-0000-4000-8000-${Buffer.from(email).toString('hex').padEnd(12, '0').slice(0, 12)}`
    addDestination(release, { id, name: email, type: 'tester' })
    return reply(input, {
      id,
      mandatory_update: bodyObject(input.body).mandatory_update === true,
    })
  },
  releases_deleteDistributionGroup: (input) =>
    removeDestination(input, 'group_id'),
  releases_deleteDistributionTester: (input) =>
    removeDestination(input, 'tester_id'),
  releases_listByDistributionGroup: (input) => {
    const { app, group } = appGroup(input, false)
    const releases = appReleases(input, app).filter((r) =>
      r.destinations.some((d) => d.id === group.id),
    )
    return reply(input, releases.map(summary))
  },
  releases_getLatestByDistributionGroup: (input) => {
    const { app, group } = appGroup(input, false)
    const id = param(input, 'release_id')
    const releases = appReleases(input, app).filter((r) =>
      r.destinations.some((d) => d.id === group.id),
    )
    const release =
      id === 'latest' ? releases[0] : releases.find((r) => String(r.id) === id)
    if (!release) {
      notFound('release', id, `It was not distributed to ${group.name}.`)
    }
    return reply(input, details(app, release))
  },
  releases_deleteWithDistributionGroupId: (input) => {
    const { app, group } = appGroup(input, true)
    const release = findRelease(input, app)
    release.destinations = release.destinations.filter((d) => d.id !== group.id)
    return reply(input, undefined)
  },
}
