import { Hono } from 'hono'
import { authenticate, rateKey } from './auth.ts'
import { readJsonBody } from './body.ts'
import type { SandboxContext } from './context.ts'
import { corsMiddleware } from './cors.ts'
import { demoInfo, type DemoInfo } from './demo.ts'
import { errorBody, SandboxError } from './errors.ts'
import { isAllowedHost } from './hosts.ts'
import { jsonResponse } from './json-response.ts'
import { operations, type Operation } from './operations.ts'
import { resolveOptions, type SandboxOptions } from './options.ts'
import { createRateLimiter, type RateLimiter } from './rate-limit.ts'
import { createSeedState } from './seed.ts'
import { quote } from './validate.ts'

// The sandbox as one fetch handler (Web Request in, Response out), so the
// Vite plugin, the standalone server and the tests all run the same code.

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

export function createSandbox(options: CreateSandboxOptions = {}): Sandbox {
  const resolved = resolveOptions(options)
  const logError = options.logError ?? ((error) => console.error(error))
  const ctx: SandboxContext = { state: createSeedState(), options: resolved }
  const limiter = createRateLimiter(resolved.rateLimit, resolved.clock)

  const reset = () => {
    ctx.state = createSeedState()
    limiter.clear()
  }

  const hono = new Hono().basePath(SANDBOX_BASE)
  hono.use(corsMiddleware(resolved.allowedOrigins))

  // Sandbox-only helpers live under /_sandbox/ and need no token.
  hono.get('/_sandbox/demo', () => jsonResponse(demoInfo(ctx.state)))
  hono.post('/_sandbox/reset', () => {
    reset()
    return jsonResponse(demoInfo(ctx.state))
  })

  for (const operation of operations) {
    hono.on(operation.method, operation.path, (c) =>
      runOperation(operation, c.req.raw, c.req.param(), ctx, limiter),
    )
  }

  hono.notFound((c) =>
    jsonResponse(
      errorBody(
        'NotFound',
        `The sandbox has no operation ${c.req.method} ${quote(c.req.path)}. Paths start with /sandbox/v0.1/; the explorer lists every operation.`,
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
        if (!isAllowedHost(request.url, resolved.allowedHosts)) {
          return jsonResponse(
            errorBody(
              'Forbidden',
              `The sandbox does not answer to the host ${new URL(request.url).host}. Use localhost or 127.0.0.1.`,
            ),
            403,
          )
        }
        return await hono.fetch(request)
      } catch (error) {
        logError(error)
        return jsonResponse(INTERNAL_ERROR, 500)
      }
    },
    reset,
    demo: () => demoInfo(ctx.state),
  }
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

async function runOperation(
  operation: Operation,
  request: Request,
  params: Record<string, string>,
  ctx: SandboxContext,
  limiter: RateLimiter,
): Promise<Response> {
  const credentials = {
    token: request.headers.get('x-api-token') ?? undefined,
    authorization: request.headers.get('authorization') ?? undefined,
  }
  const basic = operation.basicAuth ?? false
  let actor = authenticate(ctx.state, credentials, basic)
  limiter.hit(rateKey(actor))

  let body: unknown
  if (WITH_BODY.has(operation.method)) {
    body = await readJsonBody(request, ctx.options.maxBodyBytes)
    // The token may have been revoked (or the state reset) while the body
    // was arriving; look it up again so that never slips through.
    actor = authenticate(ctx.state, credentials, basic)
  }

  return operation.handler({
    state: ctx.state,
    options: ctx.options,
    actor,
    params,
    body,
    url: new URL(request.url),
    now: new Date(ctx.options.clock()).toISOString(),
  })
}
