// Plain sentences made from facts (method, path, parameter name) for the
// operations and parameters that have no hand-written words yet. They never
// come from the reference's text.

const VERB_SEGMENTS = new Set([
  'accept',
  'reject',
  'resend',
  'revoke',
  'cancel',
  'enable',
  'disable',
  'promote',
  'promote_release',
  'rollback',
  'register',
  'verify',
  'transfer',
  'transfer_to_org',
  'ping',
  'purge',
  'start',
  'stop',
  'resign',
  'validate',
  'publish',
  'test',
  'upload',
  'notify',
  'bulk_delete',
  'block_logs',
  'resend_invite',
])

export function humanize(segment: string): string {
  return segment
    .replace(/^\$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim()
}

export function singular(words: string): string {
  if (/ies$/.test(words)) return words.replace(/ies$/, 'y')
  if (/(ss|us)$/.test(words)) return words
  if (/(ches|shes|xes|sses)$/.test(words)) return words.replace(/es$/, '')
  if (/s$/.test(words)) return words.replace(/s$/, '')
  return words
}

const isParam = (segment: string) => segment.startsWith('{')

function article(words: string): string {
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A short summary such as "List the releases of an app". */
export function fallbackSummary(method: string, path: string): string {
  let segments = path.split('/').filter(Boolean).slice(1)
  let context = ''
  if (segments[0] === 'apps' && segments[1] === '{owner_name}') {
    segments = segments.slice(3)
    context = 'an app'
  } else if (
    segments[0] === 'orgs' &&
    segments.length > 1 &&
    isParam(segments[1]!)
  ) {
    segments = segments.slice(2)
    context = 'an organization'
  } else if (segments[0] === 'user') {
    segments = segments.slice(1)
    context = 'your account'
  }
  const statics = segments.filter((segment) => !isParam(segment))
  const last = statics.at(-1)
  if (last === undefined) {
    const thing = context || 'the resource'
    return capitalize(
      {
        get: `get ${thing}`,
        delete: `delete ${thing}`,
        head: `check ${thing}`,
      }[method] ?? `change ${thing}`,
    )
  }
  const endsWithParam = isParam(segments.at(-1)!)
  const name = humanize(last)
  const parent = statics.length > 1 ? singular(humanize(statics.at(-2)!)) : ''
  const of = parent ? ` of ${article(parent)}` : context ? ` of ${context}` : ''
  let phrase: string
  if (VERB_SEGMENTS.has(last) && method === 'post') {
    phrase = `${name}${parent ? ` for ${article(parent)}` : context ? ` for ${context}` : ''}`
    return capitalize(phrase)
  }
  switch (method) {
    case 'get':
      phrase = endsWithParam
        ? `get one ${singular(name)}`
        : name.endsWith('s')
          ? `list the ${name}`
          : `get the ${name}`
      break
    case 'head':
      phrase = `check that the ${singular(name)} exists`
      break
    case 'post':
      phrase = endsWithParam
        ? `add to the ${name}`
        : name.endsWith('s')
          ? `create ${article(singular(name))}`
          : `send the ${name}`
      break
    case 'put':
      phrase = endsWithParam
        ? `replace one ${singular(name)}`
        : `set the ${name}`
      break
    case 'patch':
      phrase = endsWithParam
        ? `change one ${singular(name)}`
        : `change the ${name}`
      break
    case 'delete':
      phrase = endsWithParam
        ? `delete one ${singular(name)}`
        : `delete the ${name}`
      break
    default:
      phrase = `${method} the ${name}`
  }
  return capitalize(`${phrase}${of}`)
}

/** One or two sentences on how to send the call, from its facts. */
export function fallbackDescription(
  method: string,
  tag: string,
  deprecated: boolean,
): string {
  const lines = [
    `Part of the ${tag} area. Send your API token in \`X-API-Token\`.`,
  ]
  if (['post', 'put', 'patch'].includes(method))
    lines.push(
      'Always send a JSON body; send `{}` when there is nothing to set.',
    )
  if (deprecated)
    lines.push(
      '**Deprecated:** App Center kept it for old clients; prefer a newer call.',
    )
  return lines.join(' ')
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
