import { DEFAULT_MAX_DESCRIPTION_BYTES } from './size-limit'
import {
  DescriptionError,
  type DescriptionErrorKind,
} from './description-error'
import { afterNextPaint } from '@/lib/after-next-paint'
import { deferred } from '@/lib/deferred'
import { fetchDescriptionBytes } from './api/fetch-description-bytes'
import type {
  DescriptionIndex,
  DescriptionParts,
} from '@/lib/openapi/digest-description'
import type { DescriptionLoad, DescriptionSummary } from './loaded-description'

/*
 * Loading a description in a worker, with the worker handed in: the page
 * starts a real one (parse-in-worker.ts), tests one that answers in
 * the same thread.
 */

/** The worker's replies to one request: the index, then the parts; or a failure instead of either. */
export type WorkerReply =
  | {
      stage: 'index'
      summary: DescriptionSummary
      index: DescriptionIndex
      steps: [string, number][]
    }
  | { stage: 'parts'; parts: DescriptionParts; steps: [string, number][] }
  | { stage: 'failed'; kind: DescriptionErrorKind; message: string }

/** The size limit, configurable at build time with VITE_MAX_DESCRIPTION_MB. */
export function maxDescriptionBytes(): number {
  const configured = Number(import.meta.env.VITE_MAX_DESCRIPTION_MB)
  return Number.isFinite(configured) && configured > 0
    ? configured * 1024 * 1024
    : DEFAULT_MAX_DESCRIPTION_BYTES
}

/** What to load: bytes already in hand (a file), or a URL. */
export type LoadJob =
  { bytes: ArrayBuffer; fileName?: string } | { url: string; fileName?: string }

/** A URL to load, named by its path (a `.json` path is read as JSON). */
export function urlJob(url: string): LoadJob {
  return { url, fileName: new URL(url).pathname }
}

/** What the page asks the worker: to load the description's bytes, then for its parts. */
export type WorkerRequest =
  | { kind: 'load'; bytes: ArrayBuffer; fileName?: string; maxBytes: number }
  | { kind: 'parts' }

/** The job's bytes: a file's as they are, a URL's once its whole body is in. */
export async function jobBytes(job: LoadJob, signal?: AbortSignal) {
  if ('bytes' in job) return job.bytes
  const bytes = await fetchDescriptionBytes(job.url, signal)
  performance.mark('description-fetched')
  return bytes
}

/**
 * Hands the bytes to the worker, transferred, not copied. The page reads a
 * URL's body itself (the request starts at once, before the worker's script
 * has even loaded): a body stream transferred to the worker would still be
 * pumped chunk by chunk through this thread, one round trip per chunk, so
 * a busy page would hold a large description back from the worker long
 * after the network had delivered it. One read of the whole body is quick.
 */
async function postJob(
  worker: Worker,
  job: LoadJob,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<void> {
  const bytes = await jobBytes(job, signal)
  const request: WorkerRequest = {
    kind: 'load',
    bytes,
    fileName: job.fileName,
    maxBytes,
  }
  worker.postMessage(request, [bytes])
}

/** Marks for profiling and `npm run bench`: where a load's time goes. */
function markSteps(steps: [string, number][], received: string): void {
  for (const [name, at] of steps)
    performance.mark(name, { startTime: at - performance.timeOrigin })
  performance.mark(received)
}

/**
 * Loads a description (fetches it, for URLs), then has a parse worker
 * (src/features/spec-loader/parse-worker.ts, started by `startWorker`, one
 * per load) decode, parse and digest it: the page's main thread only sends
 * the bytes and receives the digest, so the parse does not freeze the page.
 * Resolves with the index; the parts follow in `parts`, asked for once the
 * page has painted. The worker ends with the load: once the parts are in,
 * or the load failed or was aborted.
 */
export function runParseWorker(
  job: LoadJob,
  startWorker: () => Worker,
  signal?: AbortSignal,
): Promise<DescriptionLoad> {
  const maxBytes = maxDescriptionBytes()
  const worker = startWorker()
  const index = deferred<DescriptionLoad>()
  const parts = deferred<DescriptionParts>()
  // Whoever shows the parts reports their failure; until then it is not unhandled.
  parts.promise.catch(() => undefined)
  let cancelPartsRequest = () => {}
  const fail = (error: unknown) => {
    cancelPartsRequest()
    worker.terminate()
    // Whichever is still pending: a settled promise ignores the call.
    index.reject(error)
    parts.reject(error)
  }
  worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
    switch (reply.stage) {
      case 'index':
        markSteps(reply.steps, 'description-received')
        // Asked for once the page has painted what the index changed: see serveParseRequests.
        cancelPartsRequest = afterNextPaint(() => {
          const request: WorkerRequest = { kind: 'parts' }
          worker.postMessage(request)
        })
        index.resolve({
          description: { ...reply.summary, index: reply.index },
          parts: parts.promise,
        })
        return
      case 'parts':
        markSteps(reply.steps, 'description-parts-received')
        worker.terminate()
        parts.resolve(reply.parts)
        return
      case 'failed':
        fail(new DescriptionError(reply.kind, reply.message))
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    fail(
      new DescriptionError(
        'invalid-json',
        `The description could not be read: ${event.message || 'the parser failed'}.`,
      ),
    )
  }
  signal?.addEventListener('abort', () => fail(signal.reason), { once: true })
  postJob(worker, job, maxBytes, signal).catch(fail)
  return index.promise
}
