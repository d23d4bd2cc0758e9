import { beforeEach, describe, expect, it } from 'vitest'
import { useAuthStore } from '@/stores/auth-store'
import { getRegisteredFile, registerFile } from './file-registry'
import {
  forgetKeptFile,
  keepFile,
  KEPT_FILE_KEY,
  keptFileSource,
  MAX_KEPT_CHARS,
  useKeptFileNotice,
} from './kept-file'

const authInitial = useAuthStore.getState()
const TEXT = JSON.stringify({ openapi: '3.0.3', pad: 'abc '.repeat(20_000) })

function fileSource(text: string, name = 'api.json') {
  const file = new File([text], name)
  return { kind: 'file' as const, id: registerFile(file), name }
}

beforeEach(() => {
  useAuthStore.setState(authInitial, true)
  useKeptFileNotice.setState({ notice: null })
  sessionStorage.clear()
})

describe('kept file', () => {
  it('keeps an opened file compressed, and gives back the same bytes after a reload', async () => {
    await keepFile(fileSource(TEXT))
    const stored = sessionStorage.getItem(KEPT_FILE_KEY) ?? ''
    expect(stored.length).toBeLessThan(TEXT.length / 10)
    const source = keptFileSource()
    expect(source).toMatchObject({ kind: 'file', name: 'api.json' })
    const file = getRegisteredFile((source as { id: string }).id)!
    expect(file.size).toBe(TEXT.length)
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe(TEXT)
    expect(useKeptFileNotice.getState().notice).toBeNull()
  })

  it('says plainly when a file is too large to keep', async () => {
    // Random text barely compresses.
    const random = Array.from({ length: MAX_KEPT_CHARS }, () =>
      String.fromCharCode(33 + Math.floor(Math.random() * 90)),
    ).join('')
    await keepFile(fileSource(random, 'huge.json'))
    expect(sessionStorage.getItem(KEPT_FILE_KEY)).toBeNull()
    expect(useKeptFileNotice.getState().notice).toMatch(
      /huge\.json is too large to keep across a reload/,
    )
    expect(keptFileSource()).toBeNull()
  })

  it('keeps nothing in memory-only mode, and forgets the file when another description is shown', async () => {
    useAuthStore.getState().setPersistence('memory')
    await keepFile(fileSource(TEXT))
    expect(sessionStorage.getItem(KEPT_FILE_KEY)).toBeNull()
    expect(useKeptFileNotice.getState().notice).toMatch(/memory only/)
    useAuthStore.getState().setPersistence('session')
    await keepFile(fileSource(TEXT))
    forgetKeptFile()
    expect(sessionStorage.getItem(KEPT_FILE_KEY)).toBeNull()
  })
})
