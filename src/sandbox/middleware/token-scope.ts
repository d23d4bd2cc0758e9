import type { MiddlewareHandler } from 'hono'
import { appPath } from '../access.ts'
import { appTokenAppId, isReadOnly } from '../auth.ts'
import type { SandboxContext } from '../context.ts'
import type { SandboxEnv } from '../env.ts'
import { SandboxError } from '../errors.ts'
import { findApp } from '../guards.ts'
import { quote } from '../validate.ts'

// What a token may reach, whatever the operation: an app token only its own
// app's paths (and GET /v0.1/apps, which then lists just that app), and a
// read-only token no write. Roles on each app are the handlers' business.

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

// POSTs that only read: searches and queries change nothing.
const READING_POST = /(search|query|filter|_list|Search|Query|Filter)/

export function tokenScope(ctx: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return (c, next) => {
    const operation = c.get('operation')
    const actor = c.get('actor')
    if (!operation) return next()
    const tokenAppId = appTokenAppId(actor)
    if (tokenAppId) {
      const state = ctx.state
      const tokenApp = state.apps.get(tokenAppId)
      const label = tokenApp ? appPath(state, tokenApp) : 'a deleted app'
      const { owner_name: owner, app_name: name } = c.get('params')
      if (owner !== undefined && name !== undefined && !operation.basicAuth) {
        if (findApp(state, owner, name)?.id !== tokenAppId) {
          throw new SandboxError(
            'Forbidden',
            `This is an app API token, limited to the app ${label}. It cannot be used for ${quote(`${owner}/${name}`)}.`,
          )
        }
      } else if (operation.operationId !== 'apps_list') {
        throw new SandboxError(
          'Forbidden',
          `This is an app API token, limited to the app ${label}. It cannot call ${operation.method} ${operation.path}; use a user API token for that.`,
        )
      }
    }
    if (
      isReadOnly(actor) &&
      WRITES.has(operation.method) &&
      !(operation.method === 'POST' && READING_POST.test(operation.operationId))
    ) {
      throw new SandboxError(
        'Forbidden',
        `This API token is read-only (scope "viewer"), so it cannot call ${operation.method} ${operation.path}, which makes changes. Use a full-access token.`,
      )
    }
    return next()
  }
}
