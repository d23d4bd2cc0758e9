import { Hono } from 'hono'
import { RememberingRouter } from './remembering-router.ts'
import type { SandboxContext, Handler } from './context.ts'
import { corsMiddleware } from './cors.ts'
import { demoInfo, type DemoInfo } from './demo.ts'
import { loadDescription, type DescribedOperation } from './description.ts'
import type { SandboxEnv } from './env.ts'
import { errorBody, SandboxError } from './errors.ts'
import { isAllowedHost } from './hosts.ts'
import { jsonResponse } from './json-response.ts'
import { authentication } from './middleware/authenticate.ts'
import { BODY_METHODS, jsonBody } from './middleware/json-body.ts'
import { operationLookup } from './middleware/operation.ts'
import { requestValidation } from './middleware/validation.ts'
import { tokenScope } from './middleware/token-scope.ts'
import { resolveOptions, type SandboxOptions } from './options.ts'
import { createRateLimiter } from './rate-limit.ts'
import { account } from './routes/account.ts'
import { analytics } from './routes/analytics.ts'
import { areaRoutes, groupByArea, type Area } from './area.ts'
import { build } from './routes/build.ts'
import { codepush } from './routes/codepush.ts'
import { diagnostics } from './routes/diagnostics.ts'
import { distribute } from './routes/distribute.ts'
import { generatedHandler, sharedSchemas } from './generated.ts'
import { testRuns } from './routes/test.ts'
import { createSeedState } from './seed.ts'
import { quote } from './validate.ts'

// The sandbox as one fetch handler (Web Request in, Response out), so the
// Vite plugin, the standalone server and the tests all run the same code.
// Every operation of public/openapi.yaml is a route; the rules App Center
// applies to all of them are middleware, in the order App Center applied
// them: who is calling, how often, what the token may reach, the body, and
// whether the request matches the description.

export const SANDBOX_BASE = '/sandbox'

export interface Sandbox {
  fetch(request: Request): Promise<Response>
  /** Restores the seed; demo token values stay the same. */
  reset(): void
  demo(): DemoInfo
}

export interface CreateSandboxOptions extends SandboxOptions {
  /** Where unexpected errors are reported; never sent to the client. */
  logError?: (error: unknown) => void
}

const INTERNAL_ERROR = errorBody(
  'InternalServerError',
  'The sandbox hit an unexpected error. Try again; POST /sandbox/_sandbox/reset restores the demo data.',
)

/** Account comes last: it takes every tag no other area claims. */
const AREAS: readonly Area[] = [
  distribute,
  codepush,
  build,
  diagnostics,
  analytics,
  testRuns,
  account,
]

// Generated answers are the same for every sandbox in the process.
const generated = new Map<string, Handler>()

export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const resolved = resolveOptions(options)
  const logError = options.logError ?? ((error) => console.error(error))
  const ctx: SandboxContext = { state: createSeedState(), options: resolved }
  const limiter = createRateLimiter(resolved.rateLimit, resolved.clock)
  const description = loadDescription()
  const schemas = sharedSchemas()

  const reset = () => {
    ctx.state = createSeedState()
    limiter.clear()
  }

  const handlerFor = (operation: DescribedOperation): Handler => {
    for (const area of AREAS) {
      const handler = area.handlers[operation.operationId]
      if (handler) return handler
    }
    let handler = generated.get(operation.operationId)
    if (!handler) {
      handler = generatedHandler(description, schemas, operation)
      generated.set(operation.operationId, handler)
    }
    return handler
  }

  // App Center's paths put static and parameter segments in the same place
  // (releases/latest beside releases/{release_id}), which Hono's
  // RegExpRouter cannot express; the trie router can, so it is chosen here
  // (and its matches kept) rather than found by the default router's first
  // failed attempt.
  const hono = new Hono<SandboxEnv>({
    router: new RememberingRouter(),
  }).basePath(SANDBOX_BASE)
  hono.use(corsMiddleware(resolved.allowedOrigins))

  // Sandbox-only helpers live under /_sandbox/ and need no token; they are
  // registered before the rules, so those never run for them.
  hono.get('/_sandbox/demo', () => jsonResponse(demoInfo(ctx.state)))
  hono.post('/_sandbox/reset', () => {
    reset()
    return jsonResponse(demoInfo(ctx.state))
  })

  // Rules with nothing to do after the rest of the chain return next()
  // instead of awaiting it: an async frame per rule per request is a cost
  // the sandbox bench can measure (docs/performance.md, Sandbox).
  const byHandler = new WeakMap<object, DescribedOperation>()
  hono.use(operationLookup({ byHandler }, SANDBOX_BASE))
  hono.use(authentication(ctx, limiter))
  hono.use(tokenScope(ctx))
  // Reading a body is not even a step for the methods that carry none.
  hono.on(BODY_METHODS, '*', jsonBody(ctx))
  hono.use(requestValidation(schemas))

  for (const operations of groupByArea(
    AREAS,
    description.operations,
  ).values()) {
    hono.route(
      '/',
      areaRoutes(
        operations,
        handlerFor,
        (operation, handler) => (c, next) => {
          // Two routes can match one path (a static segment and a
          // parameter); the lookup middleware already chose which answers.
          if (c.get('operation') !== operation) return next()
          const nowMs = ctx.options.clock()
          return handler({
            operation,
            state: ctx.state,
            options: ctx.options,
            actor: c.get('actor'),
            params: c.get('params'),
            body: c.get('body'),
            url: c.env.url,
            now: new Date(nowMs).toISOString(),
            nowMs,
          })
        },
        byHandler,
      ),
    )
  }

  hono.notFound((c) =>
    jsonResponse(
      errorBody(
        'NotFound',
        `There is no App Center operation ${c.req.method} ${quote(c.req.path.slice(SANDBOX_BASE.length) || '/')}. Paths start with /sandbox/v0.1/; the explorer lists every operation.`,
      ),
      404,
    ),
  )

  hono.onError((error) => {
    if (error instanceof SandboxError) {
      return jsonResponse(
        errorBody(error.code, error.message),
        error.status,
        error.headers,
      )
    }
    logError(error)
    return jsonResponse(INTERNAL_ERROR, 500)
  })

  return {
    async fetch(request) {
      try {
        const url = new URL(request.url)
        if (!isAllowedHost(url, resolved.allowedHosts)) {
          return jsonResponse(
            errorBody(
              'Forbidden',
              `The sandbox does not answer to the host ${url.host}. Use localhost or 127.0.0.1.`,
            ),
            403,
          )
        }
        return await hono.fetch(request, { url })
      } catch (error) {
        logError(error)
        return jsonResponse(INTERNAL_ERROR, 500)
      }
    },
    reset,
    demo: () => demoInfo(ctx.state),
  }
}
