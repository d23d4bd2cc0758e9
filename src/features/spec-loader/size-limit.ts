import { formatBytes } from '@/lib/format-bytes'
import { DescriptionError } from './description-error'

/** Documents larger than this are refused before parsing, so a huge file cannot freeze the tab. */
export const DEFAULT_MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024

/**
 * Refuses a description of `size` bytes over the limit. A module of its own:
 * the page checks a file's size with it before reading the file, and needs
 * none of the decoding that the worker does.
 */
export function refuseOverLimit(size: number, maxBytes: number): void {
  if (size > maxBytes)
    throw new DescriptionError(
      'too-large',
      `The description is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit.`,
    )
}
