import type { MiddlewareHandler } from 'hono'
import type { SchemaSet } from '../schemas.ts'
import { validateRequest } from '../request-validation.ts'
import type { SandboxEnv } from '../env.ts'

// Parameters and bodies are checked against the description, so a handler
// only ever sees input of the described shape.

export function requestValidation(
  schemas: SchemaSet,
): MiddlewareHandler<SandboxEnv> {
  return (c, next) => {
    const operation = c.get('operation')
    if (operation) {
      validateRequest(operation, schemas, {
        params: c.get('params'),
        query: c.env.url.searchParams,
        headers: c.req.raw.headers,
        body: c.get('body'),
        hasBody: c.get('body') !== undefined,
      })
    }
    return next()
  }
}
