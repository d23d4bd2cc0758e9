import type {
  Branch,
  CodePushRelease,
  Deployment,
  DistributionGroup,
  Release,
  Team,
  WorkflowState,
} from './workflow-model.ts'

// The demo world's history: groups of testers, releases already sent to
// them, CodePush deployments with a few updates, branches with builds, and
// a team and a pending invitation in contoso. Ids are fixed, like seed.ts's.

export const SEED_APPS = {
  helloAndroid: 'a99c0000-0000-4000-8000-000000000001',
  helloIos: 'a99c0000-0000-4000-8000-000000000002',
  contosoShop: 'a99c0000-0000-4000-8000-000000000003',
}
const CONTOSO = '0a9c0000-0000-4000-8000-000000000001'
const DEMO_USER = 'd3a7c0de-0000-4000-8000-000000000001'
const ANA = 'd3a7c0de-0000-4000-8000-000000000002'
const SEED_MS = Date.parse('2024-05-06T09:30:00.000Z')
const DAY = 86_400_000

const at = (days: number) => new Date(SEED_MS + days * DAY).toISOString()

function group(
  n: number,
  name: string,
  owner: { appId?: string; orgId?: string },
  emails: string[],
  appIds: string[] = [],
): DistributionGroup {
  return {
    id: `9a0b0000-0000-4000-8000-00000000000${n}`,
    name,
    displayName: name,
    isPublic: false,
    appIds: new Set(appIds),
    members: new Map(emails.map((e) => [e, at(-20)])),
    createdAt: at(-30),
    ...owner,
  }
}

function release(
  id: number,
  appId: string,
  shortVersion: string,
  notes: string,
  destinations: Release['destinations'],
): Release {
  return {
    id,
    appId,
    version: String(id * 10 + 100),
    shortVersion,
    releaseNotes: notes,
    enabled: true,
    uploadedAt: at(id - 10),
    size: 18_400_000 + id * 120_000,
    fingerprint: `4c1d0e9a7b3f5e2d8c6a0b1f9e7d5c${String(id).padStart(2, '0')}`,
    destinations,
  }
}

function update(
  label: string,
  appVersion: string,
  description: string,
  method: CodePushRelease['releaseMethod'] = 'Upload',
): CodePushRelease {
  const n = Number(label.slice(1))
  return {
    label,
    appVersion,
    description,
    isDisabled: false,
    isMandatory: false,
    rollout: 100,
    packageHash: `9f1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f${n}`,
    size: 412_000 + n * 3_000,
    uploadTime: SEED_MS + n * DAY,
    releaseMethod: method,
    releasedBy: 'demo@example.com',
  }
}

function deployment(appId: string, name: string, n: number): Deployment {
  return {
    appId,
    name,
    key: `dEpL0yK3y${appId.slice(-2)}${name.toLowerCase()}${n}xQ7vR2mT8sW4nZ`,
    releases: [],
  }
}

export function createWorkflowSeed(): WorkflowState {
  const { helloAndroid, helloIos, contosoShop } = SEED_APPS
  const collaborators = group(1, 'Collaborators', { appId: helloAndroid }, [
    'demo@example.com',
    'ana@example.com',
  ])
  const beta = group(2, 'Beta testers', { appId: helloAndroid }, [
    'chen@example.com',
    'ben@example.com',
  ])
  const qa = group(
    3,
    'Contoso QA',
    { orgId: CONTOSO },
    ['dara@example.com'],
    [contosoShop],
  )
  const groups = [collaborators, beta, qa]
  const dest = (g: DistributionGroup) => ({
    id: g.id,
    name: g.name,
    type: 'group' as const,
  })
  const releases = [
    release(1, helloAndroid, '1.0.0', 'First build for the team.', [
      dest(collaborators),
    ]),
    release(2, helloAndroid, '1.1.0', 'Sign-in with email; crash fixes.', [
      dest(collaborators),
      dest(beta),
    ]),
    release(3, helloAndroid, '1.2.0', 'Offline mode (preview).', [
      dest(collaborators),
    ]),
    release(4, contosoShop, '3.4.1', 'Checkout fixes.', [dest(qa)]),
  ]

  const staging = deployment(helloAndroid, 'Staging', 1)
  staging.releases = [
    update('v1', '1.1.0', 'Fix the login button colour.'),
    update('v2', '1.1.0', 'Faster start-up.'),
  ]
  const production = deployment(helloAndroid, 'Production', 2)
  production.releases = [
    { ...update('v1', '1.1.0', 'Fix the login button colour.', 'Promote') },
  ]
  production.releases[0]!.originalLabel = 'v1'
  production.releases[0]!.originalDeployment = 'Staging'
  const deployments = [
    staging,
    production,
    deployment(helloIos, 'Staging', 3),
    deployment(helloIos, 'Production', 4),
  ]

  const branches: Branch[] = [
    {
      appId: helloAndroid,
      name: 'main',
      commit: '7d3f2a9c1b4e5f60718293a4b5c6d7e8f9012345',
      config: {
        trigger: 'continuous',
        testsEnabled: true,
        badgeIsEnabled: false,
        signed: false,
      },
    },
    {
      appId: helloAndroid,
      name: 'develop',
      commit: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      config: {
        trigger: 'manual',
        testsEnabled: false,
        badgeIsEnabled: false,
        signed: false,
      },
    },
    {
      appId: helloAndroid,
      name: 'feature/offline',
      commit: 'f00dfeed1234567890abcdef1234567890abcdef',
    },
  ]
  const builds = [
    {
      id: 1,
      appId: helloAndroid,
      branch: 'main',
      commit: branches[0]!.commit,
      queuedAtMs: SEED_MS - 2 * DAY,
      outcome: 'succeeded' as const,
      requestedBy: 'demo@example.com',
    },
    {
      id: 2,
      appId: helloAndroid,
      branch: 'develop',
      commit: branches[1]!.commit,
      queuedAtMs: SEED_MS - DAY,
      outcome: 'failed' as const,
      requestedBy: 'ana@example.com',
    },
  ]

  const mobile: Team = {
    id: '7ea40000-0000-4000-8000-000000000001',
    name: 'mobile',
    displayName: 'Mobile',
    description: 'Builds and ships the Contoso apps.',
    userIds: new Set([DEMO_USER, ANA]),
    apps: new Map([[contosoShop, 'manager']]),
  }

  return {
    groups: new Map(groups.map((g) => [g.id, g])),
    releases: new Map(releases.map((r) => [r.id, r])),
    nextReleaseId: releases.length + 1,
    deployments,
    branches,
    builds: new Map(builds.map((b) => [b.id, b])),
    nextBuildId: builds.length + 1,
    teams: new Map([[CONTOSO, new Map([[mobile.name, mobile]])]]),
    orgInvitations: new Map([
      [
        CONTOSO,
        new Map([
          [
            'newhire@example.com',
            {
              email: 'newhire@example.com',
              role: 'collaborator',
              invitedAt: at(-2),
              invitedBy: DEMO_USER,
            },
          ],
        ]),
      ],
    ]),
  }
}
