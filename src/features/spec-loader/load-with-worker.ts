import { DEFAULT_MAX_DESCRIPTION_BYTES } from './decode-text'
import {
  DescriptionError,
  type DescriptionErrorKind,
} from './description-error'
import { fetchDescriptionBytes } from './api/fetch-description-bytes'
import type { LoadedDescription } from './loaded-description'

/*
 * Loading a description in a worker, with the worker handed in: the page
 * starts a real one (parse-off-main-thread.ts), tests one that answers in
 * the same thread.
 */

export type WorkerReply =
  | { ok: true; loaded: LoadedDescription; steps: [string, number][] }
  | { ok: false; kind: DescriptionErrorKind; message: string }

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

/** What the worker reads: the description's bytes. */
export type WorkerRequest = {
  bytes: ArrayBuffer
  fileName?: string
  maxBytes: number
}

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
 * while the app's first render kept the page busy the 2.9 MB App Center
 * description reached the worker about half a second after the network had
 * delivered it. One read of the whole body takes a moment.
 */
async function postJob(
  worker: Worker,
  job: LoadJob,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<void> {
  const bytes = await jobBytes(job, signal)
  const request: WorkerRequest = { bytes, fileName: job.fileName, maxBytes }
  worker.postMessage(request, [bytes])
}

/**
 * Loads a description (fetches it, for URLs), then has a parse worker
 * (src/features/spec-loader/parse-worker.ts, started by `startWorker`, one
 * per load) decode, parse and digest it: the page's main thread only sends
 * the bytes and receives the digest, so the parse does not freeze the page.
 * The worker ends with the load.
 */
export async function loadWithWorker(
  job: LoadJob,
  startWorker: () => Worker,
  signal?: AbortSignal,
): Promise<LoadedDescription> {
  const maxBytes = maxDescriptionBytes()
  const worker = startWorker()
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) =>
        resolve(event.data)
      worker.onerror = (event) => {
        event.preventDefault()
        reject(
          new DescriptionError(
            'invalid-json',
            `The description could not be read: ${event.message || 'the parser failed'}.`,
          ),
        )
      }
      signal?.addEventListener('abort', () => reject(signal.reason), {
        once: true,
      })
      postJob(worker, job, maxBytes, signal).catch(reject)
    })
    if (!reply.ok) throw new DescriptionError(reply.kind, reply.message)
    // Marks for profiling and `npm run bench`: where a load's time goes.
    for (const [name, at] of reply.steps)
      performance.mark(name, { startTime: at - performance.timeOrigin })
    performance.mark('description-received')
    return reply.loaded
  } finally {
    worker.terminate()
  }
}
