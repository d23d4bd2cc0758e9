import { SCHEMA_PREFIX, type Json } from './convert-schema.ts'

// Examples are made from the schema alone, so the same schema always gives
// the same example. Values are picked by property name so that they read like
// the sandbox's demo data (demo-user, hello-android, version 1.0.3) rather
// than "string".

/** Optional properties are filled in only this deep; below, only required ones. */
const OPTIONAL_DEPTH = 3

const FIXED_DATE_TIME = '2024-11-03T16:05:12Z'
const FIXED_DATE = '2024-11-03'

/** A stable UUID per name, so ids are fixed but differ between fields. */
export function uuidFor(seed: string): string {
  let hash = 2166136261
  const hex: string[] = []
  for (let round = 0; hex.join('').length < 32; round++) {
    for (const char of `${seed}#${round}`) {
      hash ^= char.charCodeAt(0)
      hash = Math.imul(hash, 16777619) >>> 0
    }
    hex.push(hash.toString(16).padStart(8, '0'))
  }
  const digits = hex.join('').slice(0, 32)
  return [
    digits.slice(0, 8),
    digits.slice(8, 12),
    `4${digits.slice(13, 16)}`,
    `8${digits.slice(17, 20)}`,
    digits.slice(20, 32),
  ].join('-')
}

/** Enum values that read like the demo data, picked over the first value. */
const PREFERRED_ENUM_VALUES = new Set<unknown>([
  'appcenter',
  'Android',
  'Java',
  'user',
  'developer',
  'succeeded',
  'completed',
])

const STRING_BY_NAME: Record<string, string> = {
  owner_name: 'demo-user',
  app_name: 'hello-android',
  org_name: 'contoso',
  user_name: 'demo-user',
  username: 'demo-user',
  email: 'demo@example.com',
  user_email: 'demo@example.com',
  display_name: 'Hello Android',
  app_display_name: 'Hello Android',
  os: 'Android',
  platform: 'Java',
  short_version: '1.0.3',
  version: '1.0.3',
  app_version: '1.0.3',
  app_build: '42',
  build_version: '42',
  build_number: '42',
  branch: 'main',
  source_branch: 'main',
  branch_name: 'main',
  distribution_group_name: 'Beta testers',
  group_name: 'Beta testers',
  deployment_name: 'Staging',
  promote_deployment_name: 'Production',
  source_version: '3f2a9c1d8b7e6f5a4c3b2a1908f7e6d5c4b3a291',
  release_hash: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  label: 'v3',
  release_notes: 'Fixes the crash on the settings screen.',
  commit_message: 'Fix the crash on the settings screen',
  display_version: '1.0.3 (42)',
  description: 'Sample text for the demo app.',
  message: 'Sample message.',
  title: 'Sample title',
  name: 'sample-name',
  team_name: 'mobile-team',
  store_name: 'Production',
  event_name: 'checkout_started',
  language: 'en-US',
  locale: 'en-US',
  country: 'US',
  country_code: 'US',
  model: 'Pixel 8',
  oem_name: 'Google',
  os_name: 'Android',
  os_version: '14',
  sdk_name: 'appcenter.android',
  sdk_version: '5.0.4',
  bundle_identifier: 'com.example.helloandroid',
  package_name: 'com.example.helloandroid',
  app_secret: 'a1b2c3d4-0000-4000-8000-000000000001',
  commit: '3f2a9c1d8b7e6f5a4c3b2a1908f7e6d5c4b3a291',
  sha: '3f2a9c1d8b7e6f5a4c3b2a1908f7e6d5c4b3a291',
  commit_hash: '3f2a9c1d8b7e6f5a4c3b2a1908f7e6d5c4b3a291',
  fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  package_hash:
    '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  hash: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  target_binary_range: '1.0.x',
  token: 'sample-token',
  status: 'completed',
  state: 'open',
  result: 'succeeded',
  type: 'sample',
  status_code: '200',
}

/** buildNumber and build_number name the same thing. */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

function stringFor(name: string, schema: Json): string {
  const format = typeof schema.format === 'string' ? schema.format : ''
  const lower = snakeCase(name)
  if (format === 'uuid' || /(^|_)(id|guid|uuid)$/.test(lower))
    return uuidFor(name || 'id')
  if (format === 'date-time' || format === 'dateTime') return FIXED_DATE_TIME
  if (format === 'date') return FIXED_DATE
  if (format === 'byte') return 'aGVsbG8='
  if (format === 'Timespan') return '00:05:00'
  if (format === 'uri' || format === 'URL' || /(url|uri|link)$/.test(lower))
    return `https://example.com/${lower.replace(/_?(url|uri|link)$/, '') || 'file'}`
  if (lower.endsWith('email')) return 'demo@example.com'
  if (/(_at|_time|_date|timestamp|time)$/.test(lower)) return FIXED_DATE_TIME
  const named = STRING_BY_NAME[name] ?? STRING_BY_NAME[lower]
  if (named !== undefined) return named
  if (lower.endsWith('_name') || lower.endsWith('name'))
    return `sample-${lower.replace(/_?name$/, '').replace(/_/g, '-') || 'name'}`
  return `sample-${lower.replace(/_/g, '-') || 'value'}`
}

function fitString(value: string, schema: Json, name: string): string {
  let text = value
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern)
    const candidates = [
      text,
      name.replace(/[^A-Za-z0-9]/g, '') || 'Sample',
      'Sample',
    ]
    text = candidates.find((candidate) => pattern.test(candidate)) ?? text
  }
  if (text.length > max) text = text.slice(0, max)
  while (text.length < min) text += 'x'
  return text
}

function numberFor(name: string, schema: Json, integer: boolean): number {
  const lower = snakeCase(name)
  let value = 1
  if (/count|total|number|size|length|quantity/.test(lower)) value = 12
  if (/percent|rate|ratio/.test(lower)) value = integer ? 98 : 98.5
  if (/duration|seconds|ms$/.test(lower)) value = 90
  if (/^id$|_id$/.test(lower)) value = 42
  if (/year/.test(lower)) value = 2024
  if (/port$/.test(lower)) value = 443
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined
  if (min !== undefined) {
    const floor = schema.exclusiveMinimum === true ? min + 1 : min
    if (value < floor) value = floor
  }
  if (max !== undefined) {
    const ceiling = schema.exclusiveMaximum === true ? max - 1 : max
    if (value > ceiling) value = ceiling
  }
  return value
}

export class ExampleMaker {
  private readonly schemas: Record<string, Json>

  constructor(schemas: Record<string, Json>) {
    this.schemas = schemas
  }

  /** An example for the schema, or undefined when none can be made (binary). */
  example(schema: Json, name = ''): unknown {
    return this.make(schema, name, 0, [])
  }

  /**
   * `alsoRequired` carries the required names of an allOf's owner into its
   * parts, since the reference often lists them there and not beside the
   * properties.
   */
  private make(
    schema: Json,
    name: string,
    depth: number,
    seen: string[],
    alsoRequired: readonly string[] = [],
  ): unknown {
    if (typeof schema.$ref === 'string') {
      const refName = schema.$ref.slice(SCHEMA_PREFIX.length)
      if (seen.includes(refName)) return undefined
      const target = this.schemas[refName]
      if (!target) return undefined
      if (target.example !== undefined) return target.example
      return this.make(target, name, depth, [...seen, refName], alsoRequired)
    }
    if (Array.isArray(schema.enum) && schema.enum.length > 0)
      return (
        schema.enum.find((value) => PREFERRED_ENUM_VALUES.has(value)) ??
        schema.enum[0]
      )
    if (Array.isArray(schema.allOf)) {
      const required = [...alsoRequired, ...requiredOf(schema)]
      let merged: Json = {}
      for (const part of schema.allOf as Json[]) {
        const value = this.make(part, name, depth, seen, required)
        if (value && typeof value === 'object' && !Array.isArray(value))
          merged = { ...merged, ...(value as Json) }
      }
      const own = this.object(schema, depth, seen, required)
      return { ...merged, ...own }
    }
    const type = schema.type ?? (schema.properties ? 'object' : undefined)
    switch (type) {
      case 'object':
        return this.object(schema, depth, seen, alsoRequired)
      case 'array': {
        const item = this.make(
          (schema.items as Json | undefined) ?? {},
          singular(name),
          depth + 1,
          seen,
        )
        if (item === undefined) return []
        const count = typeof schema.minItems === 'number' ? schema.minItems : 1
        return Array.from({ length: Math.max(1, count) }, (_, index) =>
          schema.uniqueItems === true && typeof item === 'string' && index > 0
            ? `${item}-${index + 1}`
            : item,
        )
      }
      case 'string':
        if (schema.format === 'binary') return undefined
        return fitString(stringFor(name, schema), schema, name)
      case 'integer':
        return numberFor(name, schema, true)
      case 'number':
        return numberFor(name, schema, false)
      case 'boolean':
        return !/^(is_)?(disabled|deleted|blocked|hidden|mandatory)/.test(
          name.toLowerCase(),
        )
      default:
        return undefined
    }
  }

  private object(
    schema: Json,
    depth: number,
    seen: string[],
    alsoRequired: readonly string[],
  ): Json {
    const out: Json = {}
    const required = new Set([...alsoRequired, ...requiredOf(schema)])
    const properties = (schema.properties as Record<string, Json>) ?? {}
    for (const [key, property] of Object.entries(properties)) {
      if (!required.has(key) && depth >= OPTIONAL_DEPTH) continue
      const value = this.make(property, key, depth + 1, seen)
      if (value !== undefined) out[key] = value
    }
    const extra = schema.additionalProperties
    if (extra && typeof extra === 'object' && Object.keys(out).length === 0) {
      const value = this.make(extra as Json, 'value', depth + 1, seen)
      if (value !== undefined) out.key1 = value
    }
    return out
  }
}

function requiredOf(schema: Json): string[] {
  return Array.isArray(schema.required) ? (schema.required as string[]) : []
}

function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`
  if (name.endsWith('ses')) return name.slice(0, -2)
  if (name.endsWith('s')) return name.slice(0, -1)
  return name
}
