import { demoSecrets } from './credentials.ts'
import { createWorkflowSeed } from './workflow-seed.ts'
import {
  addToken,
  type App,
  type AppRole,
  type Org,
  type OrgRole,
  type SandboxState,
  type User,
} from './model.ts'

// The seed is a small world that shows every rule: apps the demo user
// manages, apps where they are only developer, viewer or tester, an app they
// cannot see, and one organization per org role. Ids are fixed so examples
// and screenshots stay valid across restarts; only secrets are random.

export const DEMO_USER_ID = 'd3a7c0de-0000-4000-8000-000000000001'
export const DEMO_USER_NAME = 'demo-user'
export const DEMO_APP = {
  owner_name: DEMO_USER_NAME,
  app_name: 'hello-android',
}

const users: User[] = [
  {
    id: DEMO_USER_ID,
    name: DEMO_USER_NAME,
    displayName: 'Demo User',
    email: 'demo@example.com',
  },
  user('0002', 'ana-silva', 'Ana Silva'),
  user('0003', 'ben-carter', 'Ben Carter'),
  user('0004', 'chen-wei', 'Chen Wei'),
  user('0005', 'dara-okafor', 'Dara Okafor'),
  user('0006', 'eli-novak', 'Eli Novak'),
]

function user(suffix: string, name: string, displayName: string): User {
  return {
    id: `d3a7c0de-0000-4000-8000-00000000${suffix}`,
    name,
    displayName,
    email: `${name.split('-')[0]}@example.com`,
  }
}

function idOf(name: string): string {
  const found = users.find((u) => u.name === name)
  if (!found) throw new Error(`Seed refers to unknown user ${name}`)
  return found.id
}

const SEED_TIME = '2024-05-06T09:30:00.000Z'

function org(
  n: number,
  name: string,
  displayName: string,
  roles: Record<string, OrgRole>,
): Org {
  return {
    id: `0a9c0000-0000-4000-8000-00000000000${n}`,
    name,
    displayName,
    createdAt: SEED_TIME,
    updatedAt: SEED_TIME,
    members: new Map(
      Object.entries(roles).map(([userName, role]) => [idOf(userName), role]),
    ),
  }
}

function seedOrgs(): Org[] {
  return [
    org(1, 'contoso', 'Contoso', {
      'demo-user': 'admin',
      'ana-silva': 'collaborator',
      'ben-carter': 'member',
      'dara-okafor': 'member',
    }),
    org(2, 'fabrikam', 'Fabrikam', {
      'chen-wei': 'admin',
      'demo-user': 'collaborator',
      'dara-okafor': 'member',
    }),
    org(3, 'northwind', 'Northwind Traders', {
      'eli-novak': 'admin',
      'demo-user': 'member',
    }),
  ]
}

interface AppSeed {
  n: number
  owner: string
  name: string
  displayName: string
  os: App['os']
  platform: App['platform']
  releaseType?: string
  description?: string
  roles: Record<string, AppRole>
}

const appSeeds: AppSeed[] = [
  {
    n: 1,
    owner: 'demo-user',
    name: 'hello-android',
    displayName: 'Hello Android',
    os: 'Android',
    platform: 'Java',
    releaseType: 'Beta',
    description: 'The demo app tokens belong to this app.',
    roles: {
      'demo-user': 'manager',
      'ana-silva': 'developer',
      'ben-carter': 'viewer',
      'chen-wei': 'tester',
    },
  },
  {
    n: 2,
    owner: 'demo-user',
    name: 'hello-ios',
    displayName: 'Hello iOS',
    os: 'iOS',
    platform: 'Objective-C-Swift',
    roles: { 'demo-user': 'manager' },
  },
  {
    n: 3,
    owner: 'contoso',
    name: 'contoso-shop',
    displayName: 'Contoso Shop',
    os: 'Android',
    platform: 'React-Native',
    releaseType: 'Production',
    roles: {
      'ana-silva': 'manager',
      'ben-carter': 'viewer',
      'dara-okafor': 'tester',
    },
  },
  {
    n: 4,
    owner: 'contoso',
    name: 'contoso-field',
    displayName: 'Contoso Field Service',
    os: 'Windows',
    platform: 'UWP',
    roles: { 'ana-silva': 'developer' },
  },
  {
    n: 5,
    owner: 'fabrikam',
    name: 'fabrikam-crm',
    displayName: 'Fabrikam CRM',
    os: 'iOS',
    platform: 'Xamarin',
    description: 'Demo user is a developer here: can update, cannot delete.',
    roles: {
      'chen-wei': 'manager',
      'demo-user': 'developer',
      'dara-okafor': 'tester',
    },
  },
  {
    n: 6,
    owner: 'fabrikam',
    name: 'fabrikam-reports',
    displayName: 'Fabrikam Reports',
    os: 'macOS',
    platform: 'Electron',
    description: 'Demo user is a viewer here: read only.',
    roles: { 'chen-wei': 'manager', 'demo-user': 'viewer' },
  },
  {
    n: 7,
    owner: 'fabrikam',
    name: 'fabrikam-internal',
    displayName: 'Fabrikam Internal',
    os: 'Linux',
    platform: 'Custom',
    description: 'Demo user is not on this app, so it answers 404 for them.',
    roles: { 'chen-wei': 'manager' },
  },
  {
    n: 8,
    owner: 'northwind',
    name: 'northwind-beta',
    displayName: 'Northwind Beta',
    os: 'Android',
    platform: 'Unity',
    releaseType: 'Alpha',
    description: 'Demo user is a tester here: read only.',
    roles: { 'eli-novak': 'manager', 'demo-user': 'tester' },
  },
]

function seedApp(seed: AppSeed, orgs: Org[]): App {
  const ownerOrg = orgs.find((o) => o.name === seed.owner)
  const suffix = String(seed.n).padStart(2, '0')
  return {
    id: `a99c0000-0000-4000-8000-0000000000${suffix}`,
    name: seed.name,
    displayName: seed.displayName,
    description: seed.description,
    releaseType: seed.releaseType,
    os: seed.os,
    platform: seed.platform,
    appSecret: `5ec2e700-0000-4000-8000-0000000000${suffix}`,
    owner: ownerOrg
      ? { type: 'org', id: ownerOrg.id }
      : { type: 'user', id: idOf(seed.owner) },
    createdAt: SEED_TIME,
    updatedAt: SEED_TIME,
    members: new Map(
      Object.entries(seed.roles).map(([userName, role]) => [
        idOf(userName),
        [role],
      ]),
    ),
  }
}

export const DEMO_TOKEN_IDS = {
  userFull: '70ce0000-0000-4000-8000-000000000001',
  userReadOnly: '70ce0000-0000-4000-8000-000000000002',
  appFull: '70ce0000-0000-4000-8000-000000000003',
  appReadOnly: '70ce0000-0000-4000-8000-000000000004',
} as const

/** A fresh copy of the seed; callers may mutate it freely. */
export function createSeedState(): SandboxState {
  const orgs = seedOrgs()
  const apps = appSeeds.map((seed) => seedApp(seed, orgs))
  const state: SandboxState = {
    users: new Map(users.map((u) => [u.id, { ...u }])),
    orgs: new Map(orgs.map((o) => [o.id, o])),
    apps: new Map(apps.map((a) => [a.id, a])),
    tokens: new Map(),
    tokensByValue: new Map(),
    tokensByHolder: new Map(),
    revokedValues: new Set(),
    workflows: createWorkflowSeed(),
  }
  const demoAppId = apps[0]?.id
  const common = { userId: DEMO_USER_ID, createdAt: SEED_TIME }
  addToken(state, {
    id: DEMO_TOKEN_IDS.userFull,
    value: demoSecrets.userFull,
    scope: 'all',
    description: 'Demo user token (full access)',
    ...common,
  })
  addToken(state, {
    id: DEMO_TOKEN_IDS.userReadOnly,
    value: demoSecrets.userReadOnly,
    scope: 'viewer',
    description: 'Demo user token (read only)',
    ...common,
  })
  addToken(state, {
    id: DEMO_TOKEN_IDS.appFull,
    value: demoSecrets.appFull,
    scope: 'all',
    appId: demoAppId,
    description: 'Demo app token for demo-user/hello-android (full access)',
    ...common,
  })
  addToken(state, {
    id: DEMO_TOKEN_IDS.appReadOnly,
    value: demoSecrets.appReadOnly,
    scope: 'viewer',
    appId: demoAppId,
    description: 'Demo app token for demo-user/hello-android (read only)',
    ...common,
  })
  return state
}
