/** Every `$ref` string in a value. */
export function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found))
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child)
      else refsIn(child, found)
    }
  return found
}

/** Whether a local `$ref` points at something in the document. */
export function resolves(
  document: Record<string, unknown>,
  ref: string,
): boolean {
  let node: unknown = document
  for (const raw of decodeURIComponent(ref.slice(2)).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (
      typeof node !== 'object' ||
      node === null ||
      !Object.hasOwn(node, segment)
    )
      return false
    node = (node as Record<string, unknown>)[segment]
  }
  return true
}
