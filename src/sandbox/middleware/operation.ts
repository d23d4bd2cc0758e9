import type { MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { DescribedOperation } from '../description.ts'
import type { SandboxEnv } from '../env.ts'

// Finds the described operation a request is for before any rule runs, so
// authentication, scope and validation can depend on it. Hono has already
// matched every route; of those that are operations, the most specific
// (static segments before parameters) is the one that answers.

export interface OperationRoutes {
  /** Route handler → the operation it serves. */
  byHandler: WeakMap<object, DescribedOperation>
}

const patterns = new WeakMap<DescribedOperation, RegExp>()

function pattern(operation: DescribedOperation, base: string): RegExp {
  let regex = patterns.get(operation)
  if (!regex) {
    const escaped = operation.routePath
      .split('/')
      .map((part) =>
        part.startsWith(':')
          ? `(?<${part.slice(1).replace(/\W/g, '_')}>[^/]+)`
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')
    regex = new RegExp(`^${base}${escaped}/?$`)
    patterns.set(operation, regex)
  }
  return regex
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Negative when a is more specific than b. */
export function bySpecificity(
  a: DescribedOperation,
  b: DescribedOperation,
): number {
  const left = a.routePath.split('/')
  const right = b.routePath.split('/')
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const l = left[i]?.startsWith(':') ? 1 : 0
    const r = right[i]?.startsWith(':') ? 1 : 0
    if (l !== r) return l - r
  }
  return right.length - left.length
}

export function operationLookup(
  routes: OperationRoutes,
  base: string,
): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    let found: DescribedOperation | undefined
    for (const route of matchedRoutes(c)) {
      const operation = routes.byHandler.get(route.handler)
      if (operation && (!found || bySpecificity(operation, found) < 0)) {
        found = operation
      }
    }
    const params: Record<string, string> = {}
    if (found) {
      const groups = pattern(found, base).exec(c.req.path)?.groups ?? {}
      const names = found.routePath
        .split('/')
        .filter((part) => part.startsWith(':'))
        .map((part) => part.slice(1))
      for (const name of names) {
        const value = groups[name.replace(/\W/g, '_')]
        if (value !== undefined) params[name] = decode(value)
      }
    }
    c.set('operation', found)
    c.set('params', params)
    c.set('url', new URL(c.req.url))
    await next()
  }
}
