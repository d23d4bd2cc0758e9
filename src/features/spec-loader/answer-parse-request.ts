import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import { digestParsed } from './loaded-description'
import type { WorkerReply, WorkerRequest } from './load-with-worker'
import { parseDescription } from './parse-description'

const now = () => performance.timeOrigin + performance.now()

/**
 * What the parse worker (parse-worker.ts) answers: the description's bytes
 * decoded, parsed and digested, so the page receives the index and JSON
 * text, never the parsed document; or the reason it could not be read.
 */
export async function answerParseRequest(
  request: WorkerRequest,
): Promise<WorkerReply> {
  const { fileName, maxBytes } = request
  // Epoch times of each step, which the page records as performance marks (profiling, `npm run bench`).
  const steps: [string, number][] = [['worker-started', now()]]
  try {
    const text = decodeDescriptionBytes(new Uint8Array(request.bytes), maxBytes)
    const parsed = await parseDescription(text, fileName)
    steps.push(['description-parsed', now()])
    const loaded = digestParsed(parsed)
    steps.push(['description-digested-in-worker', now()])
    return { ok: true, loaded, steps }
  } catch (error) {
    if (error instanceof DescriptionError)
      return { ok: false, kind: error.kind, message: error.message }
    return {
      ok: false,
      kind: 'invalid-json',
      message: `The description could not be read: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
