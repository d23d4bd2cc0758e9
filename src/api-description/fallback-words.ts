// A plain sentence made from a parameter's name and location, for the
// parameters that have no hand-written words in words/parameters.ts. It never
// comes from the reference's text. Operations have no such fallback: each has
// words of ours under words/operations/.

function humanize(segment: string): string {
  return segment
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim()
}

export function fallbackParameter(
  name: string,
  location: string,
  required: boolean,
): string {
  const words = humanize(name)
  switch (location) {
    case 'path':
      return `Which ${words} the call is about.`
    case 'header':
      return `The \`${name}\` header this call reads.`
    default:
      return required ? `Required: the ${words}.` : `Optional: the ${words}.`
  }
}
