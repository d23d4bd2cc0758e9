import type { AppRef } from '@/stores/app-selection-store'
import { HTTP_METHODS } from '@/lib/http-methods'

const FILLED: Array<keyof AppRef> = ['owner_name', 'app_name']

interface ParamSlot {
  path: string
  method: string
  name: keyof AppRef
  in: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Follows a local $ref such as #/components/parameters/app_name; remote refs are left alone. */
function resolveLocal(
  document: Record<string, unknown>,
  value: unknown,
): unknown {
  if (
    !isRecord(value) ||
    typeof value.$ref !== 'string' ||
    !value.$ref.startsWith('#/')
  )
    return value
  let node: unknown = document
  for (const part of value.$ref.slice(2).split('/')) {
    node = isRecord(node)
      ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')]
      : undefined
  }
  return node
}

/** Every operation parameter named owner_name or app_name, with where it goes. */
export function appParamSlots(document: Record<string, unknown>): ParamSlot[] {
  const slots: ParamSlot[] = []
  const paths = isRecord(document.paths) ? document.paths : {}
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const method of HTTP_METHODS) {
      const operation = item[method]
      if (!isRecord(operation)) continue
      const own = Array.isArray(operation.parameters)
        ? operation.parameters
        : []
      for (const raw of [...shared, ...own]) {
        const param = resolveLocal(document, raw)
        if (!isRecord(param) || typeof param.in !== 'string') continue
        const name = FILLED.find((candidate) => candidate === param.name)
        if (
          name &&
          !slots.some(
            (s) => s.path === path && s.method === method && s.name === name,
          )
        ) {
          slots.push({ path, method, name, in: param.in })
        }
      }
    }
  }
  return slots
}

export interface ParamActions {
  specActions: {
    changeParam(
      pathMethod: [string, string],
      name: string,
      paramIn: string,
      value: string,
    ): void
  }
}

/** Puts the chosen app's owner_name and app_name into every operation that takes them. */
export function fillAppParams(
  system: ParamActions,
  slots: ParamSlot[],
  app: AppRef,
): void {
  for (const slot of slots)
    system.specActions.changeParam(
      [slot.path, slot.method],
      slot.name,
      slot.in,
      app[slot.name],
    )
}
