import { DescriptionError } from './description-error'
import { findJsonErrorPosition, lineAndColumn } from './json-error-position'
import { MAX_NESTING_DEPTH, nestsDeeperThan } from './nesting-depth'
import { HTTP_METHODS } from '@/lib/http-methods'

export type DescriptionFormat = 'json' | 'yaml'
export type DescriptionVersion =
  'Swagger 2.0' | 'OpenAPI 3.0' | 'OpenAPI 3.1' | 'OpenAPI 3.2'

export type OpenApiDocument = Record<string, unknown>

export interface ParsedDescription {
  document: OpenApiDocument
  format: DescriptionFormat
  version: DescriptionVersion
  title: string
  operationCount: number
}

/** JSON starts with an object or array; anything else is read as YAML. */
export function detectFormat(
  text: string,
  fileName?: string,
): DescriptionFormat {
  const first = text.trimStart()[0]
  if (first === '{' || first === '[') return 'json'
  if (fileName && /\.json$/i.test(fileName)) return 'json'
  return 'yaml'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeJsonError(text: string): string {
  const position = findJsonErrorPosition(text)
  if (position === null) return 'the text could not be read as JSON'
  const { line, column } = lineAndColumn(text, position)
  const near = text.slice(position, position + 20).split('\n')[0]
  return `line ${line}, column ${column}${near ? `, near "${near}"` : ', where the text ends too soon'}`
}

async function parseYaml(text: string): Promise<unknown> {
  // The YAML parser is loaded only when a YAML document arrives.
  const { parse } = await import('yaml')
  try {
    // maxAliasCount bounds alias expansion, so an alias bomb fails fast
    // instead of eating the tab's memory.
    return parse(text, {
      maxAliasCount: 1000,
      prettyErrors: true,
      uniqueKeys: false,
    })
  } catch (error) {
    const message =
      error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DescriptionError(
      'invalid-yaml',
      `This is not valid YAML: ${message}`,
    )
  }
}

export function detectVersion(document: unknown): DescriptionVersion {
  if (!isPlainObject(document)) {
    const what = Array.isArray(document)
      ? 'a list'
      : `a ${document === null ? 'null value' : typeof document}`
    throw new DescriptionError(
      'not-openapi',
      `This is not an OpenAPI or Swagger description: the document is ${what}, not an object with an "openapi" or "swagger" field.`,
    )
  }
  const { swagger, openapi, swaggerVersion } = document
  if (
    swaggerVersion !== undefined ||
    (swagger !== undefined && String(swagger).startsWith('1.'))
  ) {
    const version = String(swaggerVersion ?? swagger)
    throw new DescriptionError(
      'unsupported-version',
      `Swagger ${version} is not supported. Convert the description to Swagger 2.0 or OpenAPI 3 and load it again.`,
    )
  }
  if (swagger !== undefined) {
    // YAML reads an unquoted `swagger: 2.0` as the number 2.
    if (String(swagger) === '2.0' || swagger === 2) return 'Swagger 2.0'
    throw new DescriptionError(
      'unsupported-version',
      `Swagger version "${String(swagger)}" is not supported. Supported: Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2.`,
    )
  }
  if (openapi !== undefined) {
    const value = String(openapi)
    if (/^3\.0\.\d+/.test(value)) return 'OpenAPI 3.0'
    if (/^3\.1\.\d+/.test(value)) return 'OpenAPI 3.1'
    if (/^3\.2\.\d+/.test(value)) return 'OpenAPI 3.2'
    throw new DescriptionError(
      'unsupported-version',
      `OpenAPI version "${value}" is not supported. Supported: Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2.`,
    )
  }
  throw new DescriptionError(
    'not-openapi',
    'This is not an OpenAPI or Swagger description: it has no "openapi" or "swagger" field.',
  )
}

export function countOperations(document: OpenApiDocument): number {
  const paths = document.paths
  if (!isPlainObject(paths)) return 0
  let count = 0
  for (const item of Object.values(paths)) {
    if (!isPlainObject(item)) continue
    for (const method of HTTP_METHODS) if (isPlainObject(item[method])) count++
  }
  return count
}

/** Parses description text (JSON or YAML) and checks that it is a supported OpenAPI/Swagger document. */
export async function parseDescription(
  text: string,
  fileName?: string,
): Promise<ParsedDescription> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') {
    throw new DescriptionError(
      'empty',
      'The description is empty: there is nothing to show.',
    )
  }
  if (/^\s*</.test(body)) {
    // A wrong URL often answers with a web page (a login or a single-page app's index.html).
    throw new DescriptionError(
      'not-openapi',
      'This is an HTML page, not an OpenAPI or Swagger description. Check that the URL points at the JSON or YAML file itself.',
    )
  }
  const format = detectFormat(body, fileName)
  let value: unknown
  if (format === 'json') {
    try {
      value = JSON.parse(body)
    } catch {
      throw new DescriptionError(
        'invalid-json',
        `This is not valid JSON (${describeJsonError(body)}).`,
      )
    }
  } else {
    value = await parseYaml(body)
  }
  const version = detectVersion(value)
  if (nestsDeeperThan(value, MAX_NESTING_DEPTH)) {
    throw new DescriptionError(
      'too-deep',
      `The description is nested more than ${MAX_NESTING_DEPTH} levels deep, too deep to display without crashing the page. Real descriptions stay far below that; this one may be generated or hostile.`,
    )
  }
  const document = value as OpenApiDocument
  const info = isPlainObject(document.info) ? document.info : {}
  const title =
    typeof info.title === 'string' && info.title.trim()
      ? info.title.trim()
      : 'Untitled API'
  return {
    document,
    format,
    version,
    title,
    operationCount: countOperations(document),
  }
}
