import {
  splitComponentKey,
  type DescriptionDigest,
  type JsonPart,
} from './digest-description'

/** What Swagger UI is given: everything, the API's overview, or one tag. */
export type SliceSelection =
  { kind: 'all' } | { kind: 'overview' } | { kind: 'tag'; tag: string }

const inner = (json: string) => json.slice(1, -1)
const quote = (text: string) => JSON.stringify(text)

function member(name: string, json: string): string {
  return `${quote(name)}:${json}`
}

/** In a tag's view the API's long introduction would repeat above every tag: keep its title only. */
function shortHead(json: string): string {
  const head = JSON.parse(json) as Record<string, unknown>
  const info = head.info
  if (typeof info === 'object' && info !== null && !Array.isArray(info)) {
    const { title, version } = info as Record<string, unknown>
    head.info = { title, version }
  }
  return JSON.stringify(head)
}

/** Restricts a many-tagged operation to the tag on screen, so Swagger UI does not open other tags' groups. */
function onlyTag(json: string, tag: string): string {
  const operation = JSON.parse(json) as Record<string, unknown>
  operation.tags = [tag]
  return JSON.stringify(operation)
}

/** The components the given parts need, followed through each other's references. */
function componentClosure(
  digest: DescriptionDigest,
  start: JsonPart[],
): Set<string> {
  const needed = new Set<string>()
  const queue: string[] = []
  const visit = (refs: string[]) => {
    for (const key of refs)
      if (!needed.has(key) && digest.parts.components.has(key)) {
        needed.add(key)
        queue.push(key)
      }
  }
  for (const part of start) visit(part.refs)
  while (queue.length > 0)
    visit(digest.parts.components.get(queue.pop()!)!.refs)
  return needed
}

/**
 * Rebuilds a document as JSON text from a digest's parts: the head, the
 * selected operations with their paths' shared fields, and the components
 * they reference. Nothing is parsed but the small head of a tag's view.
 */
export function buildSlice(
  digest: DescriptionDigest,
  selection: SliceSelection,
): string {
  const { parts } = digest
  const tag =
    selection.kind === 'tag'
      ? digest.tags.find((candidate) => candidate.name === selection.tag)
      : undefined
  const positions =
    selection.kind === 'all' || !parts.sliceable
      ? digest.operations.map((_, position) => position)
      : (tag?.operations ?? [])
  const whole = selection.kind === 'all' || !parts.sliceable

  const byPath = new Map<string, string[]>()
  const used: JsonPart[] = [parts.head]
  for (const position of positions) {
    const operation = digest.operations[position]!
    const part = parts.operations[position]!
    used.push(part)
    const json =
      tag && !whole && operation.tags.length > 1
        ? onlyTag(part.json, tag.name)
        : part.json
    let members = byPath.get(operation.path)
    if (!members) {
      members = []
      byPath.set(operation.path, members)
      const shared = parts.pathShared.get(operation.path)
      if (shared) {
        used.push(shared)
        if (shared.json !== '{}') members.push(inner(shared.json))
      }
    }
    members.push(member(operation.method, json))
  }

  const tagNames = whole
    ? [...parts.tagObjects.keys()]
    : tag && parts.tagObjects.has(tag.name)
      ? [tag.name]
      : []
  const head =
    selection.kind === 'tag' && parts.sliceable
      ? shortHead(parts.head.json)
      : parts.head.json

  const fields: string[] = []
  if (head !== '{}') fields.push(inner(head))
  if (tagNames.length > 0)
    fields.push(
      member(
        'tags',
        `[${tagNames.map((name) => parts.tagObjects.get(name)!).join(',')}]`,
      ),
    )
  fields.push(
    member(
      'paths',
      `{${[...byPath].map(([path, members]) => member(path, `{${members.join(',')}}`)).join(',')}}`,
    ),
  )

  const needed = componentClosure(digest, used)
  const containers = new Map<string, string[]>(
    whole ? parts.containers.map((container) => [container, []]) : [],
  )
  for (const [key, part] of parts.components) {
    if (!whole && !needed.has(key)) continue
    const [container, name] = splitComponentKey(key)
    let members = containers.get(container)
    if (!members) {
      members = []
      containers.set(container, members)
    }
    members.push(member(name, part.json))
  }
  const components = [...parts.componentExtras].map(([type, json]) =>
    member(type, json),
  )
  for (const [container, members] of containers) {
    const object = `{${members.join(',')}}`
    if (container.startsWith('components/'))
      components.push(member(container.slice('components/'.length), object))
    else fields.push(member(container, object))
  }
  if (components.length > 0)
    fields.push(member('components', `{${components.join(',')}}`))
  return `{${fields.join(',')}}`
}
