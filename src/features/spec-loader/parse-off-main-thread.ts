import {
  decodeDescriptionBytes,
  DEFAULT_MAX_DESCRIPTION_BYTES,
} from './decode-text'
import {
  DescriptionError,
  type DescriptionErrorKind,
} from './description-error'
import { fetchDescriptionBytes } from './api/fetch-description-bytes'
import type { LoadedDescription } from './loaded-description'

type WorkerReply =
  | { ok: true; loaded: LoadedDescription; steps: [string, number][] }
  | { ok: false; kind: DescriptionErrorKind; message: string }

/** The size limit, configurable at build time with VITE_MAX_DESCRIPTION_MB. */
export function maxDescriptionBytes(): number {
  const configured = Number(import.meta.env.VITE_MAX_DESCRIPTION_MB)
  return Number.isFinite(configured) && configured > 0
    ? configured * 1024 * 1024
    : DEFAULT_MAX_DESCRIPTION_BYTES
}

function startWorker(): Worker {
  return new Worker(new URL('./parse-worker.ts', import.meta.url), {
    type: 'module',
  })
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
async function jobBytes(job: LoadJob, signal?: AbortSignal) {
  return 'bytes' in job ? job.bytes : fetchDescriptionBytes(job.url, signal)
}

async function loadInline(
  job: LoadJob,
  maxBytes: number,
  signal?: AbortSignal,
) {
  // Loaded only here: the page's own bundle carries no parser.
  const [{ parseDescription }, { digestParsed }] = await Promise.all([
    import('./parse-description'),
    import('./loaded-description'),
  ])
  const bytes = await jobBytes(job, signal)
  return digestParsed(
    await parseDescription(
      decodeDescriptionBytes(new Uint8Array(bytes), maxBytes),
      job.fileName,
    ),
  )
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
  if ('url' in job) performance.mark('description-fetched')
  const request: WorkerRequest = { bytes, fileName: job.fileName, maxBytes }
  worker.postMessage(request, [bytes])
}

/**
 * Loads a description (fetches it, for URLs), decodes, parses and digests
 * it in a Web Worker, one per document: the page's main thread only sends
 * the request and receives the digest, so a busy page does not slow the
 * load and the parse does not freeze the page. Where workers do not exist
 * (unit tests), the same code runs inline.
 */
export async function loadInWorker(
  job: LoadJob,
  signal?: AbortSignal,
): Promise<LoadedDescription> {
  const maxBytes = maxDescriptionBytes()
  if ('bytes' in job && job.bytes.byteLength > maxBytes) {
    // Refused before anything is copied or decoded.
    decodeDescriptionBytes(new Uint8Array(job.bytes), maxBytes)
  }
  if (typeof Worker === 'undefined') return loadInline(job, maxBytes, signal)
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
