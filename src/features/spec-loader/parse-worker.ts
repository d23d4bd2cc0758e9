/// <reference lib="webworker" />
import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import { parseDescription } from './parse-description'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread.
 */
export interface ParseRequest {
  bytes: ArrayBuffer
  fileName?: string
  maxBytes: number
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { bytes, fileName, maxBytes } = event.data
  try {
    const text = decodeDescriptionBytes(new Uint8Array(bytes), maxBytes)
    self.postMessage({
      ok: true,
      parsed: await parseDescription(text, fileName),
    })
  } catch (error) {
    const kind = error instanceof DescriptionError ? error.kind : 'invalid-json'
    const message =
      error instanceof DescriptionError
        ? error.message
        : `The description could not be read: ${error instanceof Error ? error.message : String(error)}`
    self.postMessage({ ok: false, kind, message })
  }
}
