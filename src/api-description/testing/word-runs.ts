/** How many words in a row may never be shared with the reference's prose. */
export const RUN_LENGTH = 6

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Every run of RUN_LENGTH words in the text, joined by spaces. */
export function runsOf(text: string): string[] {
  const list = words(text)
  const runs: string[] = []
  for (let at = 0; at + RUN_LENGTH <= list.length; at++)
    runs.push(list.slice(at, at + RUN_LENGTH).join(' '))
  return runs
}

/** Every string value in a JSON document, at any depth. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) stringsIn(item, out)
  return out
}

/** The reference's prose: every summary, description and title, at any depth. */
export function proseIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) proseIn(item, out)
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (
        ['summary', 'description', 'title'].includes(key) &&
        typeof item === 'string'
      )
        out.push(item)
      else proseIn(item, out)
    }
  return out
}
