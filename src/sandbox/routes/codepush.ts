import { createHash } from 'node:crypto'
import type { Area } from '../area.ts'
import { param, reply, type Handler, type OperationInput } from '../context.ts'
import { currentUser } from '../context.ts'
import { SandboxError } from '../errors.ts'
import type { App } from '../model.ts'
import { bodyObject } from '../validate.ts'
import type { CodePushRelease, Deployment } from '../workflow-model.ts'
import { appOf, notFound } from './scope.ts'

// CodePush: an app's deployments (Staging and Production by default) and
// the update history of each. Promoting copies a deployment's latest update
// to another; rolling back re-releases an earlier one as a new label.

function deploymentsOf(input: OperationInput, app: App): Deployment[] {
  return input.state.workflows.deployments.filter((d) => d.appId === app.id)
}

function deployment(
  input: OperationInput,
  app: App,
  key = 'deployment_name',
): Deployment {
  const name = param(input, key)
  return (
    deploymentsOf(input, app).find((d) => d.name === name) ??
    notFound(
      'deployment',
      name,
      "GET .../deployments lists this app's deployments.",
    )
  )
}

function releaseJson(release: CodePushRelease) {
  return {
    label: release.label,
    target_binary_range: release.appVersion,
    description: release.description,
    is_disabled: release.isDisabled,
    is_mandatory: release.isMandatory,
    rollout: release.rollout,
    package_hash: release.packageHash,
    blob_url: `https://example.com/sandbox/codepush/${release.packageHash}`,
    size: release.size,
    upload_time: release.uploadTime,
    release_method: release.releaseMethod,
    released_by: release.releasedBy,
    original_label: release.originalLabel,
    original_deployment: release.originalDeployment,
  }
}

function deploymentJson(d: Deployment) {
  const latest = d.releases[d.releases.length - 1]
  return {
    name: d.name,
    key: d.key,
    latest_release: latest ? releaseJson(latest) : undefined,
  }
}

function append(
  input: OperationInput,
  target: Deployment,
  from: Omit<CodePushRelease, 'label' | 'uploadTime' | 'releasedBy'>,
): CodePushRelease {
  const release: CodePushRelease = Object.assign({}, from, {
    label: `v${target.releases.length + 1}`,
    uploadTime: input.nowMs,
    releasedBy: currentUser(input).email,
  })
  target.releases.push(release)
  return release
}

function requireFreeName(input: OperationInput, app: App, name: string) {
  if (
    deploymentsOf(input, app).some(
      (d) => d.name.toLowerCase() === name.toLowerCase(),
    )
  ) {
    throw new SandboxError(
      'Conflict',
      `The app already has a deployment named "${name}". Pick another name.`,
    )
  }
}

const handlers: Record<string, Handler> = {
  codePushDeployments_list: (input) =>
    reply(
      input,
      deploymentsOf(input, appOf(input, 'read')).map(deploymentJson),
    ),
  codePushDeployments_get: (input) =>
    reply(input, deploymentJson(deployment(input, appOf(input, 'read')))),
  codePushDeployments_create: (input) => {
    const app = appOf(input, 'develop')
    const body = bodyObject(input.body)
    const name = String(body.name ?? '').trim()
    if (!name)
      throw new SandboxError('BadRequest', 'Field "name" must not be empty.')
    requireFreeName(input, app, name)
    const created: Deployment = {
      appId: app.id,
      name,
      key:
        typeof body.key === 'string' && body.key
          ? body.key
          : createHash('sha256')
              .update(`${app.id}/${name}/${input.now}`)
              .digest('base64url')
              .slice(0, 32),
      releases: [],
    }
    input.state.workflows.deployments.push(created)
    return reply(input, deploymentJson(created))
  },
  codePushDeployments_update: (input) => {
    const app = appOf(input, 'develop')
    const target = deployment(input, app)
    const name = String(bodyObject(input.body).name ?? '').trim()
    if (!name)
      throw new SandboxError('BadRequest', 'Field "name" must not be empty.')
    if (name !== target.name) requireFreeName(input, app, name)
    target.name = name
    return reply(input, undefined)
  },
  codePushDeployments_delete: (input) => {
    const app = appOf(input, 'develop')
    const target = deployment(input, app)
    const all = input.state.workflows.deployments
    all.splice(all.indexOf(target), 1)
    return reply(input, undefined)
  },
  codePushDeploymentReleases_get: (input) =>
    reply(
      input,
      deployment(input, appOf(input, 'read')).releases.map(releaseJson),
    ),
  codePushDeploymentReleases_delete: (input) => {
    deployment(input, appOf(input, 'develop')).releases = []
    return reply(input, undefined)
  },
  codePushDeploymentReleases_create: (input) => {
    const app = appOf(input, 'develop')
    const target = deployment(input, app)
    const body = bodyObject(input.body)
    const version = String(body.target_binary_version ?? '1.0.0')
    const hash = createHash('sha256')
      .update(`${target.key}/${target.releases.length}/${input.now}`)
      .digest('hex')
    const release = append(input, target, {
      appVersion: version,
      description: String(body.description ?? ''),
      isDisabled: body.disabled === true,
      isMandatory: body.mandatory === true,
      rollout: typeof body.rollout === 'number' ? body.rollout : 100,
      packageHash: hash,
      size: 400_000 + (parseInt(hash.slice(0, 4), 16) % 100_000),
      releaseMethod: 'Upload',
    })
    return reply(input, releaseJson(release))
  },
  codePushDeployments_promote: (input) => {
    const app = appOf(input, 'develop')
    const source = deployment(input, app)
    const target = deployment(input, app, 'promote_deployment_name')
    const latest = source.releases[source.releases.length - 1]
    if (!latest) {
      throw new SandboxError(
        'BadRequest',
        `Deployment ${source.name} has no release to promote yet.`,
      )
    }
    const body = bodyObject(input.body)
    const release = append(
      input,
      target,
      Object.assign({}, latest, {
        appVersion: String(body.target_binary_range ?? latest.appVersion),
        description: String(body.description ?? latest.description),
        isDisabled:
          typeof body.is_disabled === 'boolean'
            ? body.is_disabled
            : latest.isDisabled,
        isMandatory:
          typeof body.is_mandatory === 'boolean'
            ? body.is_mandatory
            : latest.isMandatory,
        rollout: typeof body.rollout === 'number' ? body.rollout : 100,
        releaseMethod: 'Promote',
        originalLabel: latest.label,
        originalDeployment: source.name,
      }),
    )
    return reply(input, releaseJson(release))
  },
  codePushDeploymentRelease_rollback: (input) => {
    const app = appOf(input, 'develop')
    const target = deployment(input, app)
    const history = target.releases
    const latest = history[history.length - 1]
    const wanted = bodyObject(input.body).label
    const back =
      typeof wanted === 'string'
        ? history.find((r) => r.label === wanted)
        : history[history.length - 2]
    if (!latest || !back || back === latest) {
      throw new SandboxError(
        'Conflict',
        typeof wanted === 'string'
          ? `Deployment ${target.name} has no earlier release labelled "${wanted}".`
          : `Deployment ${target.name} has no earlier release to roll back to.`,
      )
    }
    const release = append(
      input,
      target,
      Object.assign({}, back, {
        releaseMethod: 'Rollback',
        originalLabel: back.label,
        originalDeployment: target.name,
      }),
    )
    return reply(input, releaseJson(release))
  },
  deploymentReleases_update: (input) => {
    const app = appOf(input, 'develop')
    const target = deployment(input, app)
    const label = param(input, 'release_label')
    const release =
      target.releases.find((r) => r.label === label) ??
      notFound(
        'release',
        label,
        `GET .../deployments/${target.name}/releases lists them.`,
      )
    const body = bodyObject(input.body)
    if (typeof body.description === 'string')
      release.description = body.description
    if (typeof body.is_disabled === 'boolean')
      release.isDisabled = body.is_disabled
    if (typeof body.is_mandatory === 'boolean')
      release.isMandatory = body.is_mandatory
    if (typeof body.rollout === 'number') release.rollout = body.rollout
    if (typeof body.target_binary_range === 'string')
      release.appVersion = body.target_binary_range
    return reply(input, releaseJson(release))
  },
  codePushDeploymentMetrics_get: (input) => {
    const target = deployment(input, appOf(input, 'read'))
    const count = target.releases.length
    // Plausible figures that favour the newest release, as installs do.
    return reply(
      input,
      target.releases.map((r, i) => {
        const weight = count - i
        const installed = Math.round(1200 / weight)
        return {
          label: r.label,
          active: i === count - 1 ? installed : Math.round(installed / 4),
          downloaded: installed + 18,
          installed,
          failed: 3 + i,
        }
      }),
    )
  },
}

export const codepush: Area = {
  name: 'codepush',
  tags: /codepush/i,
  handlers,
}
