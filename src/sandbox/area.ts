import { Hono, type Handler as HonoHandler } from 'hono'
import type { Handler } from './context.ts'
import type { DescribedOperation } from './description.ts'
import type { SandboxEnv } from './env.ts'
import { bySpecificity } from './middleware/operation.ts'

// One App Center area (Account, Distribute, CodePush, ...): the operations
// the description tags with it, each answered by a hand-written handler that
// keeps state, or else by the generated answer.

export interface Area {
  name: string
  /** Which description tags belong to this area. */
  tags: RegExp
  /** operationId → a handler that keeps state. */
  handlers: Record<string, Handler>
}

export type Runner = (
  operation: DescribedOperation,
  handler: Handler,
) => HonoHandler<SandboxEnv>

/** Each operation goes to the area that handles it, else the one its tag names. */
export function groupByArea(
  areas: readonly Area[],
  operations: readonly DescribedOperation[],
): Map<Area, DescribedOperation[]> {
  const groups = new Map<Area, DescribedOperation[]>(areas.map((a) => [a, []]))
  const fallback = areas[areas.length - 1]
  for (const operation of operations) {
    const area =
      areas.find((a) => operation.operationId in a.handlers) ??
      areas.find((a) => a.tags.test(operation.tag)) ??
      fallback
    if (area) groups.get(area)?.push(operation)
  }
  return groups
}

export function areaRoutes(
  operations: readonly DescribedOperation[],
  handlerFor: (operation: DescribedOperation) => Handler,
  run: Runner,
  byHandler: WeakMap<object, DescribedOperation>,
): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>()
  for (const operation of [...operations].sort(bySpecificity)) {
    const handler = run(operation, handlerFor(operation))
    byHandler.set(handler, operation)
    routes.on(operation.method, operation.routePath, handler)
  }
  return routes
}
