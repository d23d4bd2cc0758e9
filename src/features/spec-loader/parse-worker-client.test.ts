import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DescriptionParts } from '@/lib/openapi/digest-description'
import { DescriptionError } from './description-error'
import {
  runParseWorker,
  type WorkerReply,
  type WorkerRequest,
} from './parse-worker-client'

// The parts are asked for after the next paint: the tests say when that is.
const paints: (() => void)[] = []
vi.mock('@/lib/after-next-paint', () => ({
  afterNextPaint: (run: () => void) => {
    paints.push(run)
    return () => paints.splice(paints.indexOf(run), 1)
  },
}))

/** A worker the test answers for, recording what the page asked. */
function scriptedWorker() {
  const requests: WorkerRequest['kind'][] = []
  const worker = {
    onmessage: null as ((event: { data: WorkerReply }) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage: (request: WorkerRequest) => requests.push(request.kind),
  }
  const reply = (data: WorkerReply) => worker.onmessage?.({ data })
  return { worker, requests, reply, start: () => worker as unknown as Worker }
}

const indexReply: WorkerReply = {
  stage: 'index',
  summary: {
    format: 'json',
    version: 'Swagger 2.0',
    title: 'Pets',
    operationCount: 0,
  },
  index: { tags: [], operations: [], sliceable: true },
  steps: [],
}
const parts = { operations: [] } as unknown as DescriptionParts
const job = () => ({ bytes: new ArrayBuffer(2), fileName: 'pets.json' })

/** Lets the job's bytes reach the worker. */
const posted = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('loading in a worker', () => {
  beforeEach(() => {
    paints.length = 0
  })
  afterEach(() => {
    vi.clearAllMocks()
  })

  it('resolves with the index, and asks for the parts only once the page has painted', async () => {
    const { worker, requests, reply, start } = scriptedWorker()
    const loading = runParseWorker(job(), start)
    await posted()
    expect(requests).toEqual(['load'])
    reply(indexReply)
    const loaded = await loading
    expect(loaded.description.title).toBe('Pets')
    expect(loaded.description.index.sliceable).toBe(true)
    expect(requests).toEqual(['load'])
    expect(worker.terminate).not.toHaveBeenCalled()

    paints.forEach((paint) => paint())
    expect(requests).toEqual(['load', 'parts'])
    reply({ stage: 'parts', parts, steps: [] })
    await expect(loaded.parts).resolves.toBe(parts)
    expect(worker.terminate).toHaveBeenCalled()
  })

  it('rejects the parts with their explanation when they cannot be written; the index stays', async () => {
    const { worker, reply, start } = scriptedWorker()
    const loading = runParseWorker(job(), start)
    await posted()
    reply(indexReply)
    const loaded = await loading
    reply({ stage: 'failed', kind: 'invalid-json', message: 'Too odd.' })
    await expect(loaded.parts).rejects.toEqual(
      new DescriptionError('invalid-json', 'Too odd.'),
    )
    expect(worker.terminate).toHaveBeenCalled()
  })

  it('rejects the load itself when the description cannot be read', async () => {
    const { worker, reply, start } = scriptedWorker()
    const loading = runParseWorker(job(), start)
    await posted()
    reply({
      stage: 'failed',
      kind: 'not-openapi',
      message: 'Not a description.',
    })
    await expect(loading).rejects.toMatchObject({ kind: 'not-openapi' })
    expect(worker.terminate).toHaveBeenCalled()
  })

  it('ends the worker and rejects the parts when the load is abandoned after the index', async () => {
    const { worker, requests, reply, start } = scriptedWorker()
    const controller = new AbortController()
    const loading = runParseWorker(job(), start, controller.signal)
    await posted()
    reply(indexReply)
    const loaded = await loading
    controller.abort(new Error('replaced'))
    await expect(loaded.parts).rejects.toThrow('replaced')
    expect(worker.terminate).toHaveBeenCalled()
    paints.forEach((paint) => paint())
    expect(requests).toEqual(['load'])
  })
})
