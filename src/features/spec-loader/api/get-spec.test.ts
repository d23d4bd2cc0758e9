import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { registerFile } from '../file-registry'
import { specPartsQueryOptions, specQueryOptions } from './get-spec'

const newClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } })

function readFile(file: File) {
  return newClient().fetchQuery(
    specQueryOptions({ kind: 'file', id: registerFile(file), name: file.name }),
  )
}

const tinyJson = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Tiny', version: '1' },
  paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
})

describe('a description loaded by URL', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const source = {
    kind: 'url',
    url: 'http://localhost/specs/tiny.json',
  } as const

  it('is downloaded once: a query for it finds the prefetched load, and its parts come from the same load', async () => {
    const fetchMock = vi.fn(async () => new Response(tinyJson))
    vi.stubGlobal('fetch', fetchMock)
    const client = newClient()
    void client.prefetchQuery(specQueryOptions(source))
    const description = await client.fetchQuery(specQueryOptions(source))
    expect(description.title).toBe('Tiny')
    expect(description.index.operations).toHaveLength(1)
    expect(description).not.toHaveProperty('parts')
    const parts = await client.fetchQuery(specPartsQueryOptions(source))
    expect(parts.operations).toHaveLength(1)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('has its parts loaded again when they are no longer in the cache', async () => {
    const fetchMock = vi.fn(async () => new Response(tinyJson))
    vi.stubGlobal('fetch', fetchMock)
    const client = newClient()
    await client.fetchQuery(specQueryOptions(source))
    client.removeQueries({ queryKey: specPartsQueryOptions(source).queryKey })
    const parts = await client.fetchQuery(specPartsQueryOptions(source))
    expect(parts.operations).toHaveLength(1)
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('fails with its explanation when the download fails, and starts no parts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    )
    const client = newClient()
    await expect(client.fetchQuery(specQueryOptions(source))).rejects.toThrow(
      'answered 404',
    )
    expect(
      client.getQueryState(specPartsQueryOptions(source).queryKey),
    ).toBeUndefined()
  })
})

describe('reading a chosen file', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('refuses a file over the limit by its size, before reading it', async () => {
    vi.stubEnv('VITE_MAX_DESCRIPTION_MB', String(1 / 1024))
    const file = new File([new Uint8Array(2048)], 'big.json')
    const read = vi.spyOn(file, 'arrayBuffer')
    await expect(readFile(file)).rejects.toMatchObject({
      kind: 'too-large',
      message: 'The description is 2.0 KB, over the 1.0 KB limit.',
    })
    expect(read).not.toHaveBeenCalled()
  })

  it('reads a file at the limit', async () => {
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Tiny', version: '1' },
      paths: {},
    })
    vi.stubEnv('VITE_MAX_DESCRIPTION_MB', String(text.length / 1024 / 1024))
    await expect(
      readFile(new File([text], 'tiny.json')),
    ).resolves.toMatchObject({ title: 'Tiny' })
  })
})
