/// <reference lib="webworker" />
import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import { digestParsed } from './loaded-description'
import { parseDescription } from './parse-description'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread, and
 * so does taking it apart for the index: the page receives the index and
 * JSON text, never the parsed document.
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
      loaded: digestParsed(await parseDescription(text, fileName)),
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
