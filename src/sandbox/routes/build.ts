import type { Area } from '../area.ts'
import {
  currentUser,
  param,
  reply,
  type Handler,
  type OperationInput,
} from '../context.ts'
import { SandboxError } from '../errors.ts'
import type { App } from '../model.ts'
import { bodyObject } from '../validate.ts'
import {
  BUILD_END_MS,
  BUILD_START_MS,
  type Branch,
  type Build,
} from '../workflow-model.ts'
import { appOf, notFound } from './scope.ts'

// Build: an app's branches, their build configuration, and builds. A queued
// build's status is worked out from the clock each time it is read
// (notStarted, then inProgress, then completed), so no timer keeps the
// process busy and a test can move its fake clock instead of waiting.

function branchesOf(input: OperationInput, app: App): Branch[] {
  return input.state.workflows.branches.filter((b) => b.appId === app.id)
}

function branch(input: OperationInput, app: App): Branch {
  const name = param(input, 'branch')
  return (
    branchesOf(input, app).find((b) => b.name === name) ??
    notFound('branch', name, 'GET .../branches lists the branches of this app.')
  )
}

function findBuild(input: OperationInput, app: App): Build {
  const id = param(input, 'build_id')
  const build = input.state.workflows.builds.get(Number(id))
  if (!build || build.appId !== app.id) {
    notFound('build', id, 'GET .../branches/{branch}/builds lists the builds.')
  }
  return build
}

function phase(build: Build, nowMs: number) {
  const elapsed = nowMs - build.queuedAtMs
  const iso = (offset: number) =>
    new Date(build.queuedAtMs + offset).toISOString()
  if (build.cancelledAtMs !== undefined) {
    return {
      status: 'completed',
      result: 'canceled',
      startTime: iso(
        Math.min(BUILD_START_MS, build.cancelledAtMs - build.queuedAtMs),
      ),
      finishTime: new Date(build.cancelledAtMs).toISOString(),
      lastChangedDate: new Date(build.cancelledAtMs).toISOString(),
    }
  }
  if (elapsed < BUILD_START_MS) {
    return { status: 'notStarted', lastChangedDate: iso(0) }
  }
  if (elapsed < BUILD_END_MS) {
    return {
      status: 'inProgress',
      startTime: iso(BUILD_START_MS),
      lastChangedDate: iso(BUILD_START_MS),
    }
  }
  return {
    status: 'completed',
    result: build.outcome,
    startTime: iso(BUILD_START_MS),
    finishTime: iso(BUILD_END_MS),
    lastChangedDate: iso(BUILD_END_MS),
  }
}

function buildJson(build: Build, nowMs: number) {
  return {
    id: build.id,
    buildNumber: String(build.id),
    queueTime: new Date(build.queuedAtMs).toISOString(),
    sourceBranch: build.branch,
    sourceVersion: build.commit,
    reason: 'manual',
    ...phase(build, nowMs),
  }
}

function branchJson(input: OperationInput, b: Branch) {
  const builds = [...input.state.workflows.builds.values()].filter(
    (x) => x.appId === b.appId && x.branch === b.name,
  )
  const last = builds[builds.length - 1]
  return {
    branch: {
      name: b.name,
      commit: {
        sha: b.commit,
        url: `https://example.com/sandbox/commits/${b.commit}`,
      },
    },
    configured: b.config !== undefined,
    lastBuild: last ? buildJson(last, input.nowMs) : undefined,
  }
}

function logLines(build: Build, nowMs: number): string[] {
  const { status, result } = phase(build, nowMs) as {
    status: string
    result?: string
  }
  const lines = [
    `Build ${build.id} queued for branch ${build.branch} at commit ${build.commit.slice(0, 7)}.`,
  ]
  if (status === 'notStarted') return lines
  lines.push(
    'Agent ready. Cloning the repository...',
    'Restoring dependencies...',
    'Running ./gradlew assembleRelease',
  )
  if (status === 'inProgress') return lines
  if (result === 'failed') {
    lines.push(
      'app/src/main/java/com/example/hello/MainActivity.kt:42: error: unresolved reference: offlineStore',
      'BUILD FAILED in 2m 14s',
    )
  } else if (result === 'canceled') {
    lines.push('The build was canceled.')
  } else {
    lines.push(
      'BUILD SUCCESSFUL in 2m 3s',
      'Artifacts: app-release.apk (18.4 MB)',
    )
  }
  return lines
}

function config(input: OperationInput, write: boolean) {
  const app = appOf(input, write ? 'develop' : 'read')
  return branch(input, app)
}

function saveConfig(input: OperationInput): Response {
  const target = config(input, true)
  target.config = bodyObject(input.body)
  return reply(input, target.config)
}

const handlers: Record<string, Handler> = {
  builds_listBranches: (input) => {
    const app = appOf(input, 'read')
    return reply(
      input,
      branchesOf(input, app).map((b) => branchJson(input, b)),
    )
  },
  branchConfigurations_get: (input) => {
    const target = config(input, false)
    if (!target.config) {
      notFound(
        'build configuration for branch',
        target.name,
        'POST .../config creates one.',
      )
    }
    return reply(input, target.config)
  },
  branchConfigurations_create: (input) => {
    const target = config(input, true)
    if (target.config) {
      throw new SandboxError(
        'Conflict',
        `Branch ${target.name} is already configured; use PUT .../config to change it.`,
      )
    }
    return saveConfig(input)
  },
  branchConfigurations_update: saveConfig,
  branchConfigurations_delete: (input) => {
    const target = config(input, true)
    target.config = undefined
    return reply(input, {
      message: `Build configuration of ${target.name} removed.`,
    })
  },
  builds_listByBranch: (input) => {
    const app = appOf(input, 'read')
    const b = branch(input, app)
    const builds = [...input.state.workflows.builds.values()]
      .filter((x) => x.appId === app.id && x.branch === b.name)
      .sort((x, y) => y.id - x.id)
    return reply(
      input,
      builds.map((x) => buildJson(x, input.nowMs)),
    )
  },
  builds_create: (input) => {
    const app = appOf(input, 'develop')
    const b = branch(input, app)
    if (!b.config) {
      throw new SandboxError(
        'BadRequest',
        `Branch ${b.name} has no build configuration yet. POST .../branches/${b.name}/config first.`,
      )
    }
    const body = bodyObject(input.body)
    const workflows = input.state.workflows
    const id = workflows.nextBuildId
    workflows.nextBuildId += 1
    const build: Build = {
      id,
      appId: app.id,
      branch: b.name,
      commit:
        typeof body.sourceVersion === 'string' && body.sourceVersion
          ? body.sourceVersion
          : b.commit,
      queuedAtMs: input.nowMs,
      // A branch whose name says it is broken fails; everything else passes.
      outcome: /fail|broken/i.test(b.name) ? 'failed' : 'succeeded',
      requestedBy: currentUser(input).email,
    }
    workflows.builds.set(id, build)
    return reply(input, buildJson(build, input.nowMs))
  },
  builds_get: (input) =>
    reply(
      input,
      buildJson(findBuild(input, appOf(input, 'read')), input.nowMs),
    ),
  builds_update: (input) => {
    const build = findBuild(input, appOf(input, 'develop'))
    const { status } = phase(build, input.nowMs)
    if (status === 'completed') {
      throw new SandboxError(
        'Conflict',
        `Build ${build.id} has already finished.`,
      )
    }
    build.cancelledAtMs = input.nowMs
    return reply(input, buildJson(build, input.nowMs))
  },
  builds_getLog: (input) =>
    reply(input, {
      value: logLines(findBuild(input, appOf(input, 'read')), input.nowMs),
    }),
  builds_getDownloadUri: (input) => {
    const app = appOf(input, 'read')
    const build = findBuild(input, app)
    const { status, result } = phase(build, input.nowMs) as {
      status: string
      result?: string
    }
    if (status !== 'completed' || result !== 'succeeded') {
      throw new SandboxError(
        'NotFound',
        `Build ${build.id} has no downloads: it is ${result ?? status}.`,
      )
    }
    const type = param(input, 'download_type')
    return reply(input, {
      uri: `https://example.com/sandbox/builds/${app.name}/${build.id}/${type}.zip`,
    })
  },
}

export const build: Area = {
  name: 'build',
  tags: /build|branch|repositor|commit|toolset/i,
  handlers,
}
