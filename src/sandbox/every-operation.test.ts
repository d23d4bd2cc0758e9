import { existsSync, readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { loadDescription, type DescribedOperation } from './description.ts'
import { errorGroups, stableId } from './insights.ts'
import { sampleFor } from './sample.ts'
import { createSchemaSet } from './schemas.ts'
import { setupSandbox, type CallResult } from './testing/sandbox-client.ts'

// Walks every operation of public/openapi.yaml with the demo user's
// full-access token, from a freshly reset sandbox each time. Each answer
// must carry a status the operation declares and a body valid against its
// schema: in our description, and in App Center's own (the reference)
// when ../shared is there.

const { document, operations } = loadDescription()
const ours = createSchemaSet(document)

const HELLO_ANDROID = 'a99c0000-0000-4000-8000-000000000001'
const ERROR_GROUP = errorGroups(HELLO_ANDROID)[0]?.id ?? ''

// Path values that name seeded things, so stateful operations find them.
const PATH_VALUES: Record<string, string> = {
  errorGroupId: ERROR_GROUP,
  errorId: stableId(`${HELLO_ANDROID}/${ERROR_GROUP}/0`),
  test_run_id: stableId(`${HELLO_ANDROID}/run/0`),
  owner_name: 'demo-user',
  app_name: 'hello-android',
  org_name: 'contoso',
  orgName: 'contoso',
  user_email: 'ben@example.com',
  distribution_group_name: 'Beta testers',
  release_id: '2',
  group_id: '9a0b0000-0000-4000-8000-000000000001',
  tester_id: '7e57e700-0000-4000-8000-000000000000',
  deployment_name: 'Staging',
  promote_deployment_name: 'Production',
  release_label: 'v1',
  branch: 'main',
  build_id: '1',
  team_name: 'mobile',
  user_name: 'ana-silva',
  email: 'newhire@example.com',
}

// Per operation: other path values or a body that fits the seed.
interface Override {
  params?: Record<string, string>
  body?: unknown
  /** Puts the seed in the state the operation needs first. */
  before?: (walk: Walk) => Promise<void>
}
type Walk = ReturnType<typeof setupSandbox>

const OVERRIDES: Record<string, Override> = {
  userApiTokens_delete: {
    params: { api_token_id: '70ce0000-0000-4000-8000-000000000002' },
  },
  appApiTokens_delete: {
    params: { api_token_id: '70ce0000-0000-4000-8000-000000000004' },
  },
  builds_update: {
    params: { build_id: '3' },
    body: { status: 'cancelling' },
    before: async ({ call, tokens }) => {
      const queued = await call(
        'POST',
        '/v0.1/apps/demo-user/hello-android/branches/main/builds',
        { token: tokens.userFull, body: {} },
      )
      expect(queued.json).toMatchObject({ id: 3 })
    },
  },
  codePushDeploymentRelease_rollback: { body: {} },
  apps_updateUserPermissions: { body: { permissions: ['viewer'] } },
  apps_createForOrg: {
    body: { display_name: 'Walked App', os: 'Android', platform: 'Java' },
  },
  apps_create: {
    body: { display_name: 'Walked App', os: 'Android', platform: 'Java' },
  },
  apps_update: { body: { description: 'Walked' } },
  releases_addDistributionGroup: {
    params: { release_id: '3' },
    body: { id: '9a0b0000-0000-4000-8000-000000000002' },
  },
  releases_addTesters: { body: { email: 'eli@example.com' } },
  releases_deleteDistributionTester: {
    params: { tester_id: '9a0b0000-0000-4000-8000-000000000002' },
  },
  releases_getLatestByDistributionGroup: { params: { release_id: 'latest' } },
  distributionGroups_getForOrg: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_patchForOrg: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_deleteForOrg: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_listUsersForOrg: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_addUsersForOrg: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_bulkDeleteUsers: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_getApps: {
    params: { distribution_group_name: 'Contoso QA' },
  },
  distributionGroups_addApps: {
    params: { distribution_group_name: 'Contoso QA' },
    body: { apps: [{ name: 'contoso-field' }] },
  },
  distributionGroups_bulkDeleteApps: {
    params: { distribution_group_name: 'Contoso QA' },
    body: { apps: [{ name: 'contoso-shop' }] },
  },
  branchConfigurations_create: { params: { branch: 'feature/offline' } },
  codePushDeployments_update: { body: { name: 'QA' } },
  codePushDeployments_create: { body: { name: 'Canary' } },
  teams_addUser: { body: { user_email: 'ben@example.com' } },
  teams_addApp: { body: { name: 'contoso-field' } },
  teams_updatePermissions: {
    params: { app_name: 'contoso-shop' },
    body: { permissions: ['manager'] },
  },
  teams_removeApp: { params: { app_name: 'contoso-shop' } },
  teams_removeUser: { params: { user_name: 'ana-silva' } },
  users_removeFromOrg: { params: { user_name: 'ben-carter' } },
  orgInvitations_create: { body: { user_email: 'someone@example.com' } },
  orgInvitations_delete: { body: { user_email: 'newhire@example.com' } },
}

// A date range the seeded analytics cover, whatever today is.
const QUERY_VALUES: Record<string, string> = {
  start: '2024-11-01T00:00:00Z',
  end: '2024-11-30T00:00:00Z',
}

function concretePath(operation: DescribedOperation): string {
  const override = OVERRIDES[operation.operationId]?.params ?? {}
  let path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((p) => p.name === name)
    const value =
      override[name] ??
      PATH_VALUES[name] ??
      parameter?.example ??
      sampleFor(document, parameter?.schema ?? { type: 'string' }, name)
    return encodeURIComponent(String(value))
  })
  const query = new URLSearchParams()
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header' && parameter.required) continue
    if (parameter.in !== 'query') continue
    if (!parameter.required && !(parameter.name in QUERY_VALUES)) continue
    const value =
      QUERY_VALUES[parameter.name] ??
      parameter.example ??
      sampleFor(
        document,
        parameter.schema ?? { type: 'string' },
        parameter.name,
      )
    query.set(
      parameter.name,
      Array.isArray(value) ? value.join(',') : String(value),
    )
  }
  const text = query.toString()
  if (text) path += `?${text}`
  return path
}

function headersFor(operation: DescribedOperation): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'header' || !parameter.required) continue
    if (/^x-api-token$/i.test(parameter.name)) continue
    headers[parameter.name] = String(
      parameter.example ??
        sampleFor(
          document,
          parameter.schema ?? { type: 'string' },
          parameter.name,
        ),
    )
  }
  return headers
}

async function walk(
  sandbox: Walk,
  operation: DescribedOperation,
): Promise<CallResult> {
  sandbox.sandbox.reset()
  await OVERRIDES[operation.operationId]?.before?.(sandbox)
  const body = bodyFor(operation)
  return sandbox.call(operation.method, concretePath(operation), {
    token: sandbox.tokens.userFull,
    // The client sends strings as they are; a JSON string body needs quotes.
    body: typeof body === 'string' ? JSON.stringify(body) : body,
    headers: headersFor(operation),
  })
}

function bodyFor(operation: DescribedOperation): unknown {
  const override = OVERRIDES[operation.operationId]
  if (override && 'body' in override) return override.body
  if (!operation.body) {
    return ['POST', 'PUT', 'PATCH'].includes(operation.method) ? {} : undefined
  }
  if (operation.body.example !== undefined) return operation.body.example
  if (!operation.body.schemaPointer) return {}
  return sampleFor(document, { $ref: `#${operation.body.schemaPointer}` }) ?? {}
}

// App Center's own description, for the second opinion.
const REFERENCE = new URL(
  '../../../shared/specs/appcenter.swagger.json',
  import.meta.url,
)
const hasReference = existsSync(REFERENCE)

function referenceChecker() {
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
    paths: Record<
      string,
      Record<
        string,
        {
          operationId?: string
          responses?: Record<string, { schema?: unknown }>
        }
      >
    >
  }
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    logger: false,
    validateSchema: false,
  })
  addFormats(ajv)
  for (const format of [
    'int32',
    'int64',
    'float',
    'double',
    'byte',
    'binary',
    'password',
  ]) {
    ajv.addFormat(format, true)
  }
  // Swagger 2.0 marks nullable fields with x-nullable.
  const translate = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(translate)
    if (typeof node !== 'object' || node === null) return node
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) out[key] = translate(value)
    if (out['x-nullable'] === true && typeof out.type === 'string') {
      out.type = [out.type, 'null']
    }
    if (out.type === 'file') delete out.type
    // Swagger 2.0 (JSON Schema draft 4) says exclusive bounds with booleans.
    for (const [flag, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof out[flag] === 'boolean') {
        if (out[flag] === true) out[flag] = out[bound]
        else delete out[flag]
        if (out[flag] !== undefined) delete out[bound]
      }
    }
    return out
  }
  ajv.addSchema(translate(reference) as object, 'reference')
  const byId = new Map<
    string,
    { pointer: string; responses: Record<string, { schema?: unknown }> }
  >()
  for (const [path, item] of Object.entries(reference.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) continue
      const escaped = path.replace(/~/g, '~0').replace(/\//g, '~1')
      byId.set(op.operationId, {
        pointer: `/paths/${escaped}/${method}`,
        responses: op.responses ?? {},
      })
    }
  }
  return (
    operationId: string,
    status: number,
  ): {
    declared: boolean
    validate?: ValidateFunction
  } => {
    const op = byId.get(operationId)
    if (!op) return { declared: false }
    const key = String(status) in op.responses ? String(status) : 'default'
    const response = op.responses[key]
    if (!response) return { declared: false }
    if (!response.schema) return { declared: true }
    return {
      declared: true,
      validate: ajv.getSchema(
        `reference#${op.pointer}/responses/${key}/schema`,
      ),
    }
  }
}

describe('every described operation', () => {
  const walker = setupSandbox()

  it('covers the whole description', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20)
  })

  it.each(operations.map((o) => [o.operationId, o] as const))(
    '%s answers a declared status with a valid body',
    async (_id, operation) => {
      const result = await walk(walker, operation)
      const declared = Object.keys(operation.responses)
      expect(
        declared.includes(String(result.status)) ||
          (result.status >= 400 && declared.includes('default')),
        `${result.status} is not declared (${declared.join(', ')}): ${result.text}`,
      ).toBe(true)
      expect(result.status, result.text).toBeLessThan(300)
      const response = operation.responses[String(result.status)]
      if (!response?.schemaPointer) return
      const validate = ours.at(response.schemaPointer)
      expect(validate(result.json), JSON.stringify(validate.errors)).toBe(true)
    },
  )
})

describe.skipIf(!hasReference)(
  'every described operation, against the reference description',
  () => {
    const walker = setupSandbox()
    const check = hasReference ? referenceChecker() : undefined

    it.each(operations.map((o) => [o.operationId, o] as const))(
      '%s answers as the reference describes it',
      async (_id, operation) => {
        const result = await walk(walker, operation)
        const found = check?.(operation.operationId, result.status)
        if (!found) return
        expect(
          found.declared,
          `${result.status} for ${operation.operationId}`,
        ).toBe(true)
        if (!found.validate) return
        expect(
          found.validate(result.json),
          JSON.stringify(found.validate.errors),
        ).toBe(true)
      },
    )
  },
)

if (!hasReference) {
  console.warn(
    'every-operation.test.ts: ../shared/specs/appcenter.swagger.json is absent; the check against the reference description is skipped.',
  )
}
