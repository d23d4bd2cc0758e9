import { DescriptionError } from './description-error'

/** Where a description comes from. Files are kept in a registry and referred to by id. */
export type DescriptionSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; id: string; name: string }

export const BUNDLED_SOURCE: DescriptionSource = { kind: 'bundled' }

export const BUNDLED_DESCRIPTION_PATH = `${import.meta.env.BASE_URL}openapi.yaml`

export function bundledDescriptionUrl(): string {
  return new URL(BUNDLED_DESCRIPTION_PATH, window.location.href).href
}

export function sourceKey(source: DescriptionSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'bundled'
    case 'url':
      return `url:${source.url}`
    case 'file':
      return `file:${source.id}`
  }
}

export function sourceLabel(source: DescriptionSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'Bundled App Center description'
    case 'url':
      return source.url
    case 'file':
      return source.name
  }
}

/**
 * Resolves what the user typed (absolute or relative to this page) to an
 * http(s) URL. Other schemes (javascript:, data:, file:) are refused.
 */
export function resolveDescriptionUrl(input: string, base: string): URL {
  const trimmed = input.trim()
  if (!trimmed)
    throw new DescriptionError(
      'bad-url',
      'Enter the URL of an OpenAPI or Swagger description.',
    )
  let url: URL
  try {
    url = new URL(trimmed, base)
  } catch {
    throw new DescriptionError('bad-url', `"${trimmed}" is not a URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DescriptionError(
      'bad-url',
      `Only http and https URLs can be loaded, not ${url.protocol}`,
    )
  }
  return url
}

export function isSameOrigin(url: string, pageOrigin: string): boolean {
  return new URL(url).origin === pageOrigin
}
