import type { Context, MiddlewareHandler, Next } from 'hono'
import type { SandboxEnv } from './env.ts'
import { errorBody } from './errors.ts'
import { jsonResponse } from './json-response.ts'

// CORS only for the app's own origins: a page elsewhere must not be able to
// read answers made with a token the user pasted into our UI.

const ALLOWED_HEADERS = 'X-API-Token, Authorization, Content-Type'
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS'

export function corsMiddleware(
  allowedOrigins: readonly string[],
): MiddlewareHandler<SandboxEnv> {
  const allowed = new Set(allowedOrigins)
  const isAllowed = (origin: string, url: URL) =>
    allowed.has(origin) || origin === url.origin

  const withOrigin = async (
    c: Context<SandboxEnv>,
    next: Next,
    origin: string,
  ) => {
    const preflight =
      c.req.method === 'OPTIONS' &&
      c.req.header('access-control-request-method') !== undefined

    if (preflight) {
      if (!isAllowed(origin, c.env.url)) {
        return jsonResponse(
          errorBody(
            'Forbidden',
            `The origin ${origin} may not call the sandbox. Open the explorer from one of: ${[...allowed].join(', ')}.`,
          ),
          403,
        )
      }
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      })
    }

    await next()
    if (isAllowed(origin, c.env.url)) {
      c.res.headers.set('Access-Control-Allow-Origin', origin)
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After')
      c.res.headers.append('Vary', 'Origin')
    }
  }

  return (c, next) => {
    const origin = c.req.header('origin')
    // Calls without an Origin (curl, scripts, the bench) have nothing to
    // allow, so the rest of the chain runs without this step wrapped around.
    return origin === undefined ? next() : withOrigin(c, next, origin)
  }
}
