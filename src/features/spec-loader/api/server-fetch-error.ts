import {
  DescriptionError,
  type DescriptionErrorKind,
} from '../description-error'

const KINDS: Record<string, DescriptionErrorKind> = {
  'too-large': 'too-large',
  timeout: 'timeout',
  http: 'http',
  'bad-url': 'bad-url',
}

/** The explorer's server's answer when it could not fetch a description: its own words, as a DescriptionError. */
export async function serverFetchError(
  response: Response,
  url: string,
): Promise<DescriptionError> {
  try {
    const { error } = (await response.json()) as {
      error?: { code?: string; message?: string }
    }
    if (error?.message)
      return new DescriptionError(
        KINDS[error.code ?? ''] ?? 'unreachable',
        error.message,
      )
  } catch {
    // Not the server's JSON: fall through to a plain message.
  }
  return new DescriptionError(
    'unreachable',
    `This explorer's server could not fetch ${url} (${response.status}).`,
  )
}
