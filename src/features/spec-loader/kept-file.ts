import { create } from 'zustand'
import { formatBytes } from '@/lib/format-bytes'
import { sessionStorageKey } from '@/lib/session-storage-key'
import { useAuthStore } from '@/stores/auth-store'
import type { DescriptionSource } from './description-source'
import { getRegisteredFile, registerFile } from './file-registry'

export const KEPT_FILE_KEY = sessionStorageKey('description-file')
/**
 * sessionStorage holds about 5 MB per origin, shared with the session and
 * the history; a kept file takes at most this much of it (gzip, in base64).
 */
export const MAX_KEPT_CHARS = 3 * 1024 * 1024

interface KeptFile {
  name: string
  size: number
  /** The file's bytes, gzip-compressed, in base64. */
  gzip: string
}

/** What the picker says of the file on screen when it will not survive a reload, or null. */
export const useKeptFileNotice = create<{ notice: string | null }>()(() => ({
  notice: null,
}))

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at)
  return bytes
}

async function transform(
  bytes: Uint8Array<ArrayBuffer> | ArrayBuffer,
  stream: CompressionStream | DecompressionStream,
): Promise<ArrayBuffer> {
  const body = new Response(bytes).body
  if (!body) return new ArrayBuffer(0)
  return new Response(body.pipeThrough(stream)).arrayBuffer()
}

export function forgetKeptFile(): void {
  useKeptFileNotice.setState({ notice: null })
  try {
    sessionStorage.removeItem(KEPT_FILE_KEY)
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * Keeps the file on screen in this tab's sessionStorage, compressed, so a
 * reload shows it again and its deep links still work; says so plainly when
 * it is too large to keep. Like the session: nothing in memory-only mode.
 */
export async function keepFile(
  source: Extract<DescriptionSource, { kind: 'file' }>,
): Promise<void> {
  forgetKeptFile()
  const file = getRegisteredFile(source.id)
  if (!file) return
  if (useAuthStore.getState().persistence === 'memory') {
    useKeptFileNotice.setState({
      notice: `${source.name} is kept in memory only (your choice in the Authorize panel): a reload of the tab shows the App Center description instead.`,
    })
    return
  }
  const gzip = toBase64(
    new Uint8Array(
      await transform(await file.arrayBuffer(), new CompressionStream('gzip')),
    ),
  )
  const kept: KeptFile = { name: source.name, size: file.size, gzip }
  const tooLarge = () =>
    useKeptFileNotice.setState({
      notice: `${source.name} is too large to keep across a reload of the tab (${formatBytes(gzip.length)} compressed; this tab keeps up to ${formatBytes(MAX_KEPT_CHARS)}): a reload shows the App Center description instead.`,
    })
  if (gzip.length > MAX_KEPT_CHARS) return tooLarge()
  try {
    sessionStorage.setItem(KEPT_FILE_KEY, JSON.stringify(kept))
  } catch {
    tooLarge()
  }
}

/** The file kept by the last load, registered again, as the source to show at start-up; null if none. */
export function keptFileSource(): DescriptionSource | null {
  let kept: KeptFile
  try {
    const text = sessionStorage.getItem(KEPT_FILE_KEY)
    if (!text) return null
    kept = JSON.parse(text) as KeptFile
  } catch {
    return null
  }
  const id = registerFile({
    name: kept.name,
    size: kept.size,
    arrayBuffer: () =>
      transform(fromBase64(kept.gzip), new DecompressionStream('gzip')),
  })
  return { kind: 'file', id, name: kept.name }
}
