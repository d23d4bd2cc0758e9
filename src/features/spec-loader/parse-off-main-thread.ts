import {
  decodeDescriptionBytes,
  DEFAULT_MAX_DESCRIPTION_BYTES,
} from './decode-text'
import {
  DescriptionError,
  type DescriptionErrorKind,
} from './description-error'
import type { LoadedDescription } from './loaded-description'

type WorkerReply =
  | { ok: true; loaded: LoadedDescription }
  | { ok: false; kind: DescriptionErrorKind; message: string }

/** The size limit, configurable at build time with VITE_MAX_DESCRIPTION_MB. */
export function maxDescriptionBytes(): number {
  const configured = Number(import.meta.env.VITE_MAX_DESCRIPTION_MB)
  return Number.isFinite(configured) && configured > 0
    ? configured * 1024 * 1024
    : DEFAULT_MAX_DESCRIPTION_BYTES
}

/**
 * Decodes and parses description bytes in a Web Worker, one per document,
 * so the page stays responsive. Where workers do not exist (unit tests), the
 * same code runs inline.
 */
export async function parseBytes(
  bytes: ArrayBuffer,
  fileName?: string,
): Promise<LoadedDescription> {
  const maxBytes = maxDescriptionBytes()
  if (bytes.byteLength > maxBytes) {
    // Refused before anything is copied or decoded.
    decodeDescriptionBytes(new Uint8Array(bytes), maxBytes)
  }
  if (typeof Worker === 'undefined') {
    // Loaded only here: the page's own bundle carries no parser.
    const [{ parseDescription }, { digestParsed }] = await Promise.all([
      import('./parse-description'),
      import('./loaded-description'),
    ])
    return digestParsed(
      await parseDescription(
        decodeDescriptionBytes(new Uint8Array(bytes), maxBytes),
        fileName,
      ),
    )
  }
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
    type: 'module',
  })
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
      worker.postMessage({ bytes, fileName, maxBytes }, [bytes])
    })
    if (!reply.ok) throw new DescriptionError(reply.kind, reply.message)
    return reply.loaded
  } finally {
    worker.terminate()
  }
}
