import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import { stageParsed } from './loaded-description'
import type { WorkerReply, WorkerRequest } from './parse-worker-client'
import { parseDescription } from './parse-description'

const now = () => performance.timeOrigin + performance.now()

function failure(error: unknown): WorkerReply {
  if (error instanceof DescriptionError)
    return { stage: 'failed', kind: error.kind, message: error.message }
  return {
    stage: 'failed',
    kind: 'invalid-json',
    message: `The description could not be read: ${error instanceof Error ? error.message : String(error)}`,
  }
}

/**
 * How the parse worker (parse-worker.ts) answers the page, one load per
 * worker. `load`: the description's bytes decoded, parsed and indexed, the
 * index replied at once. `parts`: the parts' JSON text, written only now.
 * Writing it is most of a digest's time and its copy to the page is large,
 * so the page asks once the index has painted, and neither holds that up.
 * The page never receives the parsed document. A failure is replied instead.
 */
export function serveParseRequests(
  reply: (message: WorkerReply) => void,
): (request: WorkerRequest) => Promise<void> {
  let staged: ReturnType<typeof stageParsed> | null = null
  return async (request) => {
    try {
      if (request.kind === 'parts') {
        if (!staged) throw new Error('nothing was loaded to write parts of')
        const parts = staged.parts()
        staged = null
        reply({
          stage: 'parts',
          parts,
          steps: [['description-parts-written-in-worker', now()]],
        })
        return
      }
      // Epoch times of each step, which the page records as performance marks (profiling, `npm run bench`).
      const steps: [string, number][] = [['worker-started', now()]]
      const { bytes, fileName, maxBytes } = request
      const text = decodeDescriptionBytes(new Uint8Array(bytes), maxBytes)
      const parsed = await parseDescription(text, fileName)
      steps.push(['description-parsed', now()])
      staged = stageParsed(parsed)
      steps.push(['description-indexed-in-worker', now()])
      const { summary, index } = staged
      reply({ stage: 'index', summary, index, steps })
    } catch (error) {
      reply(failure(error))
    }
  }
}
