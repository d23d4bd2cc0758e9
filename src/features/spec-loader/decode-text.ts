import { DescriptionError } from './description-error'
import { DEFAULT_MAX_DESCRIPTION_BYTES, refuseOverLimit } from './size-limit'

/**
 * Turns raw bytes into text. Descriptions must be UTF-8 (JSON and YAML both
 * say so); UTF-16 and other encodings get a clear error instead of garbage.
 */
export function decodeDescriptionBytes(
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_DESCRIPTION_BYTES,
): string {
  refuseOverLimit(bytes.byteLength, maxBytes)
  const [b0, b1] = bytes
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new DescriptionError(
      'encoding',
      'The description is encoded as UTF-16. Save it as UTF-8 and load it again.',
    )
  }
  try {
    // fatal: invalid UTF-8 throws instead of turning into replacement
    // characters. A byte order mark is dropped (the default).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new DescriptionError(
      'encoding',
      'The description is not valid UTF-8 text. Save it as UTF-8 and load it again.',
    )
  }
}
