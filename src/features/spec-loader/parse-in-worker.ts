import {
  jobBytes,
  runParseWorker,
  maxDescriptionBytes,
  type LoadJob,
} from './parse-worker-client'
import type { DescriptionLoad } from './loaded-description'

/** A parse worker, one per load. */
export function startParseWorker(): Worker {
  return new Worker(new URL('./parse-worker.ts', import.meta.url), {
    type: 'module',
  })
}

async function loadInline(
  job: LoadJob,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<DescriptionLoad> {
  // Loaded only here: the page's own bundle carries no decoder or parser.
  const [{ decodeDescriptionBytes }, { parseDescription }, { stageParsed }] =
    await Promise.all([
      import('./decode-text'),
      import('./parse-description'),
      import('./loaded-description'),
    ])
  const bytes = await jobBytes(job, signal)
  const { summary, index, parts } = stageParsed(
    await parseDescription(
      decodeDescriptionBytes(new Uint8Array(bytes), maxBytes),
      job.fileName,
    ),
  )
  return {
    description: { ...summary, index },
    parts: Promise.resolve(parts()),
  }
}

/**
 * Loads a description in a Web Worker of its own (see runParseWorker), so a
 * busy page does not slow the load and the parse does not freeze the page.
 * Where workers do not exist (unit tests), the same code runs inline.
 */
export async function parseInWorker(
  job: LoadJob,
  signal?: AbortSignal,
): Promise<DescriptionLoad> {
  if (typeof Worker === 'undefined')
    return loadInline(job, maxDescriptionBytes(), signal)
  return runParseWorker(job, startParseWorker, signal)
}
