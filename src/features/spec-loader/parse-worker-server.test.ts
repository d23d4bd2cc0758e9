import { describe, expect, it } from 'vitest'
import { serveParseRequests } from './parse-worker-server'
import type { WorkerReply, WorkerRequest } from './parse-worker-client'

const operation = {
  operationId: 'getPet',
  summary: 'One pet',
  responses: { 200: { $ref: '#/responses/Pet' } },
}
const document = {
  swagger: '2.0',
  info: { title: 'Pets', version: '1' },
  paths: { '/pets/{id}': { get: operation } },
  responses: { Pet: { description: 'A pet' } },
}

function loadRequest(text: string, fileName = 'pets.json'): WorkerRequest {
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer
  return { kind: 'load', bytes, fileName, maxBytes: 1024 * 1024 }
}

function worker() {
  const replies: WorkerReply[] = []
  const answer = serveParseRequests((reply) => replies.push(reply))
  return { replies, answer }
}

describe('the parse worker', () => {
  it('replies with the summary and the index alone, then writes the parts when asked', async () => {
    const { replies, answer } = worker()
    await answer(loadRequest(JSON.stringify(document)))
    expect(replies).toHaveLength(1)
    const [indexed] = replies
    if (indexed?.stage !== 'index') throw new Error('expected the index')
    expect(indexed.summary).toMatchObject({ title: 'Pets', operationCount: 1 })
    expect(indexed.summary).not.toHaveProperty('document')
    expect(indexed.index.sliceable).toBe(true)
    expect(indexed.index.operations.map((op) => op.linkId)).toEqual(['getPet'])
    expect(indexed).not.toHaveProperty('parts')
    expect(indexed.steps.map(([name]) => name)).toEqual([
      'worker-started',
      'description-parsed',
      'description-indexed-in-worker',
    ])

    await answer({ kind: 'parts' })
    expect(replies).toHaveLength(2)
    const written = replies[1]
    if (written?.stage !== 'parts') throw new Error('expected the parts')
    expect(JSON.parse(written.parts.operations[0]!.json)).toEqual(operation)
    expect(written.parts.operations[0]!.refs).toEqual(['responses\u0000Pet'])
    expect(written.steps.map(([name]) => name)).toEqual([
      'description-parts-written-in-worker',
    ])
  })

  it('says why a description cannot be read, and writes no parts for it', async () => {
    const { replies, answer } = worker()
    await answer(loadRequest('{"swagger": "2.0",', 'broken.json'))
    expect(replies).toEqual([
      expect.objectContaining({ stage: 'failed', kind: 'invalid-json' }),
    ])
    await answer({ kind: 'parts' })
    expect(replies[1]).toMatchObject({
      stage: 'failed',
      message: expect.stringContaining('nothing was loaded'),
    })
  })

  it('writes the parts once: the worker lets go of the document after', async () => {
    const { replies, answer } = worker()
    await answer(loadRequest(JSON.stringify(document)))
    await answer({ kind: 'parts' })
    await answer({ kind: 'parts' })
    expect(replies.map((reply) => reply.stage)).toEqual([
      'index',
      'parts',
      'failed',
    ])
  })
})
