import { readdirSync, readFileSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { inlineScripts } from '../../src/server/inline-scripts.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt'])

/** Hashed build output never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

export interface StaticFile {
  body: Buffer
  type: string
  cacheControl: string
  /** Brotli quality: 11 for static assets (precompressed, as CDNs do), lower for the large documents. */
  brotliQuality: number
}

interface Entry extends StaticFile {
  br: Buffer | null
  gzip: Buffer | null
}

export interface ServedResponse {
  path: string
  status: number
  type: string
  encoding: 'br' | 'gzip' | 'identity'
  /** Body bytes as sent, compressed where it was. */
  bytes: number
  /** The same body gzipped (level 9), to compare with budgets written in gzip. */
  gzipBytes: number
  /**
   * For an HTML page, the scripts written into it, each compressed on its
   * own as if it were a file (brotli at the page's quality, and gzip level
   * 9): JavaScript the page runs, which the JS figures count.
   */
  inlineScripts?: { bytes: number; gzipBytes: number }
}

function inlineScriptSizes(
  html: string,
  brotliQuality: number,
): { bytes: number; gzipBytes: number } {
  let bytes = 0
  let gzipBytes = 0
  for (const script of inlineScripts(html)) {
    const text = Buffer.from(script)
    bytes += brotliCompressSync(text, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality },
    }).length
    gzipBytes += gzipSync(text, { level: 9 }).length
  }
  return { bytes, gzipBytes }
}

export interface BenchServer {
  origin: string
  /** Every response since the last reset, in the order requests arrived. */
  log: ServedResponse[]
  close(): Promise<void>
}

export function fileFromDisk(
  filePath: string,
  cacheControl = REVALIDATE,
  brotliQuality = 11,
): StaticFile {
  return {
    body: readFileSync(filePath),
    type: TYPES[path.extname(filePath)] ?? 'application/octet-stream',
    cacheControl,
    brotliQuality,
  }
}

/** Every file of a Vite build, keyed by URL path; hashed assets cache for a year. */
export function filesOfBuild(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  for (const entry of readdirSync(distDir, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue
    const filePath = path.join(entry.parentPath, entry.name)
    const urlPath =
      '/' + path.relative(distDir, filePath).split(path.sep).join('/')
    if (urlPath === '/_headers') continue
    const hashed = urlPath.startsWith('/assets/')
    files.set(urlPath, fileFromDisk(filePath, hashed ? IMMUTABLE : REVALIDATE))
  }
  const index = files.get('/index.html')
  if (index) files.set('/', index)
  return files
}

export interface HeaderRule {
  pattern: RegExp
  headers: [string, string][]
}

/**
 * Netlify/Cloudflare `_headers`: a path pattern (`*` matches anything) at
 * the start of a line, then indented `Name: value` lines that apply to it.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] })
      continue
    }
    const separator = line.indexOf(':')
    const rule = rules.at(-1)
    if (separator < 0 || !rule) continue
    rule.headers.push([
      line.slice(0, separator).trim(),
      line.slice(separator + 1).trim(),
    ])
  }
  return rules
}

function compress(entry: Entry, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'br')
    return (entry.br ??= brotliCompressSync(entry.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: entry.brotliQuality,
        [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
      },
    }))
  return (entry.gzip ??= gzipSync(entry.body, { level: 9 }))
}

function pickEncoding(
  acceptEncoding: string | undefined,
): 'br' | 'gzip' | 'identity' {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q?.trim() !== 'q=0')
    .map(([name]) => name?.trim())
  if (accepted.includes('br')) return 'br'
  if (accepted.includes('gzip')) return 'gzip'
  return 'identity'
}

/**
 * A static host for the benchmark: it serves the files given, compressed
 * with brotli (gzip for clients without it) from bytes compressed once and
 * cached, with the `_headers` rules applied to every response, and logs the
 * size of every body it sends. Everything else answers 404, /sandbox
 * included: a static host has no sandbox.
 */
export async function startBenchServer(
  files: Map<string, StaticFile>,
  headerRules: HeaderRule[],
  /** Answers requests the files do not (returns true), before the 404. */
  handle?: (
    urlPath: string,
    request: IncomingMessage,
    response: ServerResponse,
  ) => boolean,
): Promise<BenchServer> {
  const entries = new Map<string, Entry>()
  const inlineScriptsByPath = new Map<string, ServedResponse['inlineScripts']>()
  for (const [urlPath, file] of files) {
    const entry: Entry = { ...file, br: null, gzip: null }
    if (file.type.startsWith('text/html'))
      inlineScriptsByPath.set(
        urlPath,
        inlineScriptSizes(file.body.toString('utf8'), file.brotliQuality),
      )
    // Compress up front, so no measured load waits for it.
    if (COMPRESSIBLE.has(path.extname(urlPath) || '.html')) {
      compress(entry, 'br')
      compress(entry, 'gzip')
    }
    entries.set(urlPath, entry)
  }
  const log: ServedResponse[] = []

  const send = (
    response: ServerResponse,
    urlPath: string,
    status: number,
    headers: Record<string, string | number>,
    body: Buffer,
    encoding: ServedResponse['encoding'],
    isHead: boolean,
    gzipBytes = body.length,
  ) => {
    for (const rule of headerRules)
      if (rule.pattern.test(urlPath))
        for (const [name, value] of rule.headers)
          response.setHeader(name, value)
    response.writeHead(status, { ...headers, 'Content-Length': body.length })
    response.end(isHead ? undefined : body)
    log.push({
      path: urlPath,
      status,
      type: String(headers['Content-Type'] ?? ''),
      encoding,
      bytes: body.length,
      gzipBytes,
      ...(status === 200 && inlineScriptsByPath.has(urlPath)
        ? { inlineScripts: inlineScriptsByPath.get(urlPath) }
        : {}),
    })
  }

  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://bench').pathname
    const isHead = request.method === 'HEAD'
    const entry = entries.get(urlPath)
    if (!entry && handle?.(urlPath, request, response)) return
    if (!entry || (request.method !== 'GET' && !isHead)) {
      send(
        response,
        urlPath,
        404,
        { 'Content-Type': 'text/plain; charset=utf-8' },
        Buffer.from('Not found'),
        'identity',
        isHead,
      )
      return
    }
    const compressible = COMPRESSIBLE.has(path.extname(urlPath) || '.html')
    const encoding = compressible
      ? pickEncoding(request.headers['accept-encoding'])
      : 'identity'
    const body =
      encoding === 'identity' ? entry.body : compress(entry, encoding)
    send(
      response,
      urlPath,
      200,
      {
        'Content-Type': entry.type,
        'Cache-Control': entry.cacheControl,
        Vary: 'Accept-Encoding',
        ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      },
      body,
      encoding,
      isHead,
      compressible ? compress(entry, 'gzip').length : body.length,
    )
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Port 0: whatever port is free, out of the way of the e2e and dev servers.
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
