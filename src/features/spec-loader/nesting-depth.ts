/**
 * Swagger UI walks schemas recursively; a document nested thousands of levels
 * deep would overflow its stack. Descriptions are refused past this depth
 * (real ones stay well under 100).
 */
export const MAX_NESTING_DEPTH = 400

/**
 * True when the value nests deeper than `limit`. Recursive, but never more
 * than `limit + 1` calls deep, so a value nested 100,000 levels cannot
 * overflow it. Indexes and `for…in` rather than `Object.values` and a stack
 * of pairs, which are several times slower in a fresh worker. Parsed JSON
 * and YAML are plain data, so `for…in` sees exactly their own keys.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const deeper = (node: object, depth: number): boolean => {
    if (depth > limit) return true
    if (Array.isArray(node)) {
      for (let at = 0; at < node.length; at++) {
        const child: unknown = node[at]
        if (typeof child === 'object' && child !== null)
          if (deeper(child, depth + 1)) return true
      }
      return false
    }
    for (const key in node) {
      const child: unknown = (node as Record<string, unknown>)[key]
      if (typeof child === 'object' && child !== null)
        if (deeper(child, depth + 1)) return true
    }
    return false
  }
  return typeof value === 'object' && value !== null && deeper(value, 0)
}
