/// <reference lib="webworker" />
import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import { digestParsed } from './loaded-description'
import type { WorkerRequest } from './parse-off-main-thread'
import { parseDescription } from './parse-description'

/**
 * Decoding and parsing a large description (YAML especially) takes long
 * enough to freeze the page, so it happens here, off the main thread, and
 * so does taking it apart for the index: the page receives the index and
 * JSON text, never the parsed document.
 */
const now = () => performance.timeOrigin + performance.now()

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const { fileName, maxBytes } = request
  // Epoch times of each step, which the page records as performance marks (profiling, `npm run bench`).
  const steps: [string, number][] = [['worker-started', now()]]
  try {
    const text = decodeDescriptionBytes(new Uint8Array(request.bytes), maxBytes)
    const parsed = await parseDescription(text, fileName)
    steps.push(['description-parsed', now()])
    const loaded = digestParsed(parsed)
    steps.push(['description-digested-in-worker', now()])
    self.postMessage({ ok: true, loaded, steps })
  } catch (error) {
    const kind = error instanceof DescriptionError ? error.kind : 'invalid-json'
    const message =
      error instanceof DescriptionError
        ? error.message
        : `The description could not be read: ${error instanceof Error ? error.message : String(error)}`
    self.postMessage({ ok: false, kind, message })
  }
}
