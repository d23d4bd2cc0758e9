import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { DescribedOperation } from '../description.ts'
import type { SandboxEnv } from '../env.ts'
import { KeptResults, PER_PATH_CAP } from '../kept.ts'
import { perOperation } from '../per-operation.ts'

// Finds the described operation a request is for before any rule runs, so
// authentication, scope and validation can depend on it. Hono has already
// matched every route; of those that are operations, the most specific
// (static segments before parameters) is the one that answers.

export interface OperationRoutes {
  /** Route handler → the operation it serves. */
  byHandler: WeakMap<object, DescribedOperation>
}

interface PathMatcher {
  regex: RegExp
  /** The path parameters, in the order of the regex's groups. */
  names: string[]
}

function buildMatcher(
  operation: DescribedOperation,
  base: string,
): PathMatcher {
  const names: string[] = []
  const escaped = operation.routePath
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) {
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      }
      names.push(part.slice(1))
      return '([^/]+)'
    })
    .join('/')
  return { regex: new RegExp(`^${base}${escaped}/?$`), names }
}

function decode(value: string): string {
  if (!value.includes('%')) return value
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

function mostSpecific(
  routes: OperationRoutes,
  c: Context,
  method: string,
): DescribedOperation | undefined {
  let found: DescribedOperation | undefined
  for (const route of matchedRoutes(c)) {
    const operation = routes.byHandler.get(route.handler)
    if (operation?.method !== method) continue
    if (!found || bySpecificity(operation, found) < 0) found = operation
  }
  return found
}

interface Lookup {
  operation: DescribedOperation | undefined
  params: Readonly<Record<string, string>>
}

export function operationLookup(
  routes: OperationRoutes,
  base: string,
): MiddlewareHandler<SandboxEnv> {
  const matcherFor = perOperation((operation) => buildMatcher(operation, base))
  const lookUp = (c: Context): Lookup => {
    const found =
      mostSpecific(routes, c, c.req.method) ??
      // A HEAD the description does not list behaves as its GET.
      (c.req.method === 'HEAD' ? mostSpecific(routes, c, 'GET') : undefined)
    const params: Record<string, string> = {}
    if (found) {
      const { regex, names } = matcherFor(found)
      const values = regex.exec(c.req.path)
      if (values) {
        names.forEach((name, i) => {
          const value = values[i + 1]
          if (value !== undefined) params[name] = decode(value)
        })
      }
    }
    // Shared by every request to this path, so no handler may change it.
    return { operation: found, params: Object.freeze(params) }
  }
  // Like the route matches, lookups are kept per method and path.
  const kept = new KeptResults<string, Lookup>(PER_PATH_CAP)
  return (c, next) => {
    const { operation, params } = kept.get(
      `${c.req.method} ${c.req.path}`,
      () => lookUp(c),
    )
    c.set('operation', operation)
    c.set('params', params)
    return next()
  }
}
