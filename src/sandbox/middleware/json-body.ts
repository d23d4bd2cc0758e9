import type { MiddlewareHandler } from 'hono'
import { authenticate } from '../auth.ts'
import { readJsonBody } from '../body.ts'
import type { SandboxContext } from '../context.ts'
import type { SandboxEnv } from '../env.ts'
import { credentialsOf } from './authenticate.ts'

// App Center's rule for every POST, PUT and PATCH: a body must come (411
// without one), within the size cap (413), and be JSON (400).

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

/** Where this middleware goes: only these methods may carry a body. */
export const BODY_METHODS = [...WITH_BODY, 'DELETE']

export function jsonBody(ctx: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    // A DELETE may carry a body where the description gives it one.
    const optional =
      c.req.method === 'DELETE' &&
      c.get('operation')?.body !== undefined &&
      c.req.raw.body !== null
    if (WITH_BODY.has(c.req.method) || optional) {
      c.set('body', await readJsonBody(c.req.raw, ctx.options.maxBodyBytes))
      // The token may have been revoked (or the state reset) while the body
      // was arriving; look it up again so that never slips through.
      const basic = c.get('operation')?.basicAuth ?? false
      c.set(
        'actor',
        authenticate(ctx.state, credentialsOf(c.req.raw.headers), basic),
      )
    }
    await next()
  }
}
