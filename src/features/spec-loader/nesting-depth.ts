/**
 * Swagger UI walks schemas recursively; a document nested thousands of levels
 * deep would overflow its stack. Descriptions are refused past this depth
 * (real ones stay well under 100).
 */
export const MAX_NESTING_DEPTH = 400

/** True when the value nests deeper than `limit`; iterative, so it cannot overflow itself. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) return true
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null)
        stack.push([child, depth + 1])
    }
  }
  return false
}
