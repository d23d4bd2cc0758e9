import type { MiddlewareHandler } from 'hono'
import { authenticate, rateKey, type Credentials } from '../auth.ts'
import type { SandboxContext } from '../context.ts'
import type { SandboxEnv } from '../env.ts'
import type { RateLimiter } from '../rate-limit.ts'

// Every request under /sandbox/v0.1 (and any unknown path) says who it is
// before anything else: 401 comes before 404, so a missing token is never
// mistaken for a missing operation. The rate limit counts by the same key.

export function credentialsOf(headers: Headers): Credentials {
  return {
    token: headers.get('x-api-token') ?? undefined,
    authorization: headers.get('authorization') ?? undefined,
  }
}

export function authentication(
  ctx: SandboxContext,
  limiter: RateLimiter,
): MiddlewareHandler<SandboxEnv> {
  return (c, next) => {
    const basic = c.get('operation')?.basicAuth ?? false
    const actor = authenticate(
      ctx.state,
      credentialsOf(c.req.raw.headers),
      basic,
    )
    limiter.hit(rateKey(actor))
    c.set('actor', actor)
    return next()
  }
}
