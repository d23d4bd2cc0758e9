import { afterEach, describe, expect, it, vi } from 'vitest'
import { registerFile } from '../file-registry'
import { specQueryOptions } from './get-spec'

function readFile(file: File) {
  const { queryFn } = specQueryOptions({
    kind: 'file',
    id: registerFile(file),
    name: file.name,
  })
  return (queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({
    signal: new AbortController().signal,
  })
}

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
