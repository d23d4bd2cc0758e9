/**
 * Every way loading a description can fail, so that the UI can name the
 * problem in plain words instead of leaving a blank page.
 */
export type DescriptionErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'http'
  | 'empty'
  | 'too-large'
  | 'encoding'
  | 'invalid-json'
  | 'invalid-yaml'
  | 'not-openapi'
  | 'unsupported-version'
  | 'too-deep'
  | 'bad-url'

export class DescriptionError extends Error {
  readonly kind: DescriptionErrorKind

  constructor(kind: DescriptionErrorKind, message: string) {
    super(message)
    this.name = 'DescriptionError'
    this.kind = kind
  }
}

/** Checked by shape, not by class, so it also holds for an error from another bundle's copy of this module. */
export function isDescriptionError(error: unknown): error is DescriptionError {
  return (
    error instanceof Error &&
    error.name === 'DescriptionError' &&
    typeof (error as { kind?: unknown }).kind === 'string'
  )
}
