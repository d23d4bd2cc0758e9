import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import type { CreateSandboxOptions } from './app.ts'
import { loadDescription } from './description.ts'
import { setupSandbox, type CallResult } from './testing/sandbox-client.ts'

// Every response the sandbox gives for a described operation must match the
// bundled description (public/openapi.yaml), which is what the explorer
// shows. The account operations below are walked through their error
// statuses too; every-operation.test.ts walks all the others' success.

interface Operation {
  operationId: string
  method: string
  path: string
  pointer: string
  responses: Record<string, { $ref?: string; content?: unknown }>
  hasBody: boolean
}

type TokenKind = 'userFull' | 'userReadOnly' | 'appFull' | 'appReadOnly'

interface Case {
  status: number
  label: string
  /** Concrete path (and query) relative to /sandbox; default: the plan's. */
  path?: string
  /** null sends no credentials; default userFull. */
  token?: TokenKind | null
  /** undefined sends the plan's body; null sends none. */
  body?: unknown
  options?: CreateSandboxOptions
}

interface Plan {
  path: string
  body?: unknown
  cases: Case[]
}

const NEW_APP = {
  display_name: 'Described App',
  os: 'Android',
  platform: 'Java',
}
const HELLO = '/v0.1/apps/demo-user/hello-android'
const UNKNOWN_APP = '/v0.1/apps/demo-user/no-such-app'
const CRM = '/v0.1/apps/fabrikam/fabrikam-crm' // demo user is only a developer
const SEEDED_USER_TOKEN = '70ce0000-0000-4000-8000-000000000002'
const SEEDED_APP_TOKEN = '70ce0000-0000-4000-8000-000000000004'
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000'

const readOnly = (): Case => ({
  status: 403,
  label: 'read-only token',
  token: 'userReadOnly',
})
const appToken = (path?: string): Case => ({
  status: 403,
  label: 'app token outside its scope',
  token: 'appFull',
  path,
})

const plans: Record<string, Plan> = {
  users_get: {
    path: '/v0.1/user',
    cases: [{ status: 200, label: 'ok' }, appToken()],
  },
  users_update: {
    path: '/v0.1/user',
    body: { display_name: 'Demo User (QA)' },
    cases: [
      { status: 200, label: 'ok' },
      { status: 400, label: 'wrong type', body: { display_name: 5 } },
      readOnly(),
    ],
  },
  apps_list: {
    path: '/v0.1/apps',
    cases: [
      { status: 200, label: 'ok' },
      { status: 200, label: 'app token', token: 'appFull' },
      { status: 400, label: 'bad $orderBy', path: '/v0.1/apps?$orderBy=size' },
    ],
  },
  apps_create: {
    path: '/v0.1/apps',
    body: NEW_APP,
    cases: [
      { status: 201, label: 'ok' },
      { status: 400, label: 'missing fields', body: {} },
      readOnly(),
      {
        status: 409,
        label: 'duplicate',
        body: { ...NEW_APP, name: 'hello-ios' },
      },
    ],
  },
  apps_get: {
    path: HELLO,
    cases: [
      { status: 200, label: 'ok' },
      { status: 200, label: 'own app token', token: 'appReadOnly' },
      appToken('/v0.1/apps/demo-user/hello-ios'),
      { status: 404, label: 'unknown app', path: UNKNOWN_APP },
    ],
  },
  apps_update: {
    path: HELLO,
    body: { description: 'Updated' },
    cases: [
      { status: 200, label: 'ok' },
      { status: 400, label: 'bad name', body: { name: 'not ok' } },
      readOnly(),
      { status: 403, label: 'developer role', path: CRM },
      { status: 404, label: 'unknown app', path: UNKNOWN_APP },
      {
        status: 409,
        label: 'rename onto sibling',
        body: { name: 'hello-ios' },
      },
    ],
  },
  apps_delete: {
    path: '/v0.1/apps/demo-user/hello-ios',
    cases: [
      { status: 204, label: 'ok' },
      { status: 403, label: 'developer role', path: CRM },
      { status: 404, label: 'unknown app', path: UNKNOWN_APP },
    ],
  },
  users_list: {
    path: `${HELLO}/users`,
    cases: [
      { status: 200, label: 'ok' },
      appToken('/v0.1/apps/demo-user/hello-ios/users'),
      { status: 404, label: 'unknown app', path: `${UNKNOWN_APP}/users` },
    ],
  },
  apps_updateUserPermissions: {
    path: `${HELLO}/users/ana@example.com`,
    body: { permissions: ['viewer'] },
    cases: [
      { status: 204, label: 'ok' },
      { status: 400, label: 'missing permissions', body: {} },
      readOnly(),
      {
        status: 404,
        label: 'not on app',
        path: `${HELLO}/users/eli@example.com`,
      },
    ],
  },
  apps_removeUser: {
    path: `${HELLO}/users/ben@example.com`,
    cases: [
      { status: 204, label: 'ok' },
      {
        status: 403,
        label: 'developer role',
        path: `${CRM}/users/chen@example.com`,
      },
      {
        status: 404,
        label: 'not on app',
        path: `${HELLO}/users/eli@example.com`,
      },
    ],
  },
  organizations_list: {
    path: '/v0.1/orgs',
    cases: [{ status: 200, label: 'ok' }, appToken()],
  },
  organizations_get: {
    path: '/v0.1/orgs/contoso',
    cases: [
      { status: 200, label: 'ok' },
      appToken(),
      { status: 404, label: 'unknown org', path: '/v0.1/orgs/umbrella' },
    ],
  },
  apps_listForOrg: {
    path: '/v0.1/orgs/contoso/apps',
    cases: [
      { status: 200, label: 'ok' },
      appToken(),
      { status: 404, label: 'unknown org', path: '/v0.1/orgs/umbrella/apps' },
    ],
  },
  apps_createForOrg: {
    path: '/v0.1/orgs/contoso/apps',
    body: NEW_APP,
    cases: [
      { status: 201, label: 'ok' },
      { status: 400, label: 'bad os', body: { ...NEW_APP, os: 'BeOS' } },
      { status: 403, label: 'plain member', path: '/v0.1/orgs/northwind/apps' },
      { status: 404, label: 'unknown org', path: '/v0.1/orgs/umbrella/apps' },
      {
        status: 409,
        label: 'duplicate',
        body: { ...NEW_APP, name: 'contoso-shop' },
      },
    ],
  },
  userApiTokens_list: {
    path: '/v0.1/api_tokens',
    cases: [{ status: 200, label: 'ok' }, appToken()],
  },
  userApiTokens_create: {
    path: '/v0.1/api_tokens',
    body: { description: 'CI', scope: ['viewer'] },
    cases: [
      { status: 201, label: 'ok' },
      { status: 400, label: 'bad scope', body: { scope: ['root'] } },
      readOnly(),
    ],
  },
  userApiTokens_delete: {
    path: `/v0.1/api_tokens/${SEEDED_USER_TOKEN}`,
    cases: [
      { status: 204, label: 'ok' },
      { status: 400, label: 'not a UUID', path: '/v0.1/api_tokens/12' },
      readOnly(),
      {
        status: 404,
        label: 'unknown id',
        path: `/v0.1/api_tokens/${UNKNOWN_UUID}`,
      },
    ],
  },
  appApiTokens_list: {
    path: `${HELLO}/api_tokens`,
    cases: [
      { status: 200, label: 'ok' },
      { status: 403, label: 'developer role', path: `${CRM}/api_tokens` },
      { status: 404, label: 'unknown app', path: `${UNKNOWN_APP}/api_tokens` },
    ],
  },
  appApiTokens_create: {
    path: `${HELLO}/api_tokens`,
    body: {},
    cases: [
      { status: 201, label: 'ok' },
      { status: 400, label: 'bad scope', body: { scope: 'all' } },
      readOnly(),
      { status: 404, label: 'unknown app', path: `${UNKNOWN_APP}/api_tokens` },
    ],
  },
  appApiTokens_delete: {
    path: `${HELLO}/api_tokens/${SEEDED_APP_TOKEN}`,
    cases: [
      { status: 204, label: 'ok' },
      { status: 400, label: 'not a UUID', path: `${HELLO}/api_tokens/x` },
      readOnly(),
      {
        status: 404,
        label: 'unknown id',
        path: `${HELLO}/api_tokens/${UNKNOWN_UUID}`,
      },
    ],
  },
}

/** Declared statuses the sandbox never produces, each with the reason. */
const excused: Record<string, Record<string, string>> = {
  apps_createForOrg: {
    '200': 'the sandbox answers 201, like apps_create; App Center listed both',
  },
}

/** Cases every operation gets: credentials, limits and failures. */
function commonCases(operation: Operation): Case[] {
  const cases: Case[] = [
    { status: 401, label: 'no token', token: null },
    {
      status: 429,
      label: 'rate limited',
      options: { rateLimit: { requests: 0, windowMs: 60_000 } },
    },
    {
      status: 500,
      label: 'internal error',
      options: {
        clock: () => {
          throw new Error('clock broke')
        },
      },
    },
  ]
  if (operation.hasBody) {
    cases.push(
      { status: 411, label: 'no body', body: null },
      {
        status: 413,
        label: 'body too large',
        options: { maxBodyBytes: 8 },
      },
    )
  }
  return cases
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const

function pointerPart(text: string): string {
  return text.replace(/~/g, '~0').replace(/\//g, '~1')
}

function loadOperations(document: {
  paths: Record<string, Record<string, unknown>>
}): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method] as
        | {
            operationId: string
            responses: Operation['responses']
            requestBody?: unknown
          }
        | undefined
      if (!op) continue
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        pointer: `/paths/${pointerPart(path)}/${method}`,
        responses: op.responses,
        hasBody: op.requestBody !== undefined,
      })
    }
  }
  return operations
}

// The same document the sandbox serves from, `nullable` already translated.
const document = loadDescription().document as {
  paths: Record<string, Record<string, unknown>>
}
const described = loadOperations(document)
const operations = described.filter((o) => o.operationId in plans)

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document as object, 'openapi')

/** The JSON body schema for a status, following a response $ref. */
function responseSchema(
  operation: Operation,
  status: string,
): { validate?: ValidateFunction; declared: boolean } {
  const response = operation.responses[status]
  if (!response) return { declared: false }
  let pointer = `${operation.pointer}/responses/${status}`
  let target = response
  if (response.$ref) {
    pointer = response.$ref.slice(1)
    const name = response.$ref.split('/').pop() ?? ''
    const shared = (
      document as unknown as {
        components: {
          responses: Record<string, Operation['responses'][string]>
        }
      }
    ).components.responses[name]
    target = shared ?? {}
  }
  if (!target.content) return { declared: true }
  const validate = ajv.getSchema(
    `openapi#${pointer}/content/application~1json/schema`,
  )
  if (!validate) throw new Error(`No schema at ${pointer}`)
  return { validate, declared: true }
}

async function run(
  operation: Operation,
  plan: Plan,
  testCase: Case,
): Promise<CallResult> {
  const { call, tokens } = setupSandbox(testCase.options)
  const token =
    testCase.token === null ? undefined : tokens[testCase.token ?? 'userFull']
  let body = testCase.body === undefined ? plan.body : testCase.body
  if (body === null) body = undefined
  if (testCase.status === 413) body = { padding: 'x'.repeat(64) }
  return call(operation.method, testCase.path ?? plan.path, { token, body })
}

describe('responses match the bundled description', () => {
  it('reads operations from public/openapi.yaml', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20)
  })

  it('has plans only for described operations', () => {
    const ids = described.map((o) => o.operationId)
    expect(Object.keys(plans).filter((id) => !ids.includes(id))).toEqual([])
  })

  for (const operation of operations) {
    const plan = plans[operation.operationId]
    describe(`${operation.method} ${operation.path} (${operation.operationId})`, () => {
      it('has a test plan', () => {
        expect(plan, `no plan for ${operation.operationId}`).toBeDefined()
      })
      if (!plan) return
      const cases = [...plan.cases, ...commonCases(operation)]

      it('exercises every declared status, or says why not', () => {
        const exercised = new Set(cases.map((c) => String(c.status)))
        const missing = Object.keys(operation.responses).filter(
          (status) =>
            !exercised.has(status) && !excused[operation.operationId]?.[status],
        )
        expect(missing).toEqual([])
      })

      it.each(cases.map((c) => [c.status, c.label, c] as const))(
        'answers %i (%s) as described',
        async (status, _label, testCase) => {
          const result = await run(operation, plan, testCase)
          expect(result.status, result.text).toBe(status)
          const { validate, declared } = responseSchema(
            operation,
            String(status),
          )
          expect(declared, `status ${status} is not in the description`).toBe(
            true,
          )
          if (!validate) {
            expect(result.text).toBe('')
            return
          }
          expect(result.headers.get('content-type')).toBe(
            'application/json; charset=utf-8',
          )
          const valid = validate(result.json)
          expect(valid, ajv.errorsText(validate.errors)).toBe(true)
          if (status === 429) {
            expect(result.headers.get('retry-after')).toMatch(/^\d+$/)
          }
        },
      )
    })
  }
})
