import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { BenchDocument } from './bench-documents'
import { pagesDir } from './options'
import {
  fileFromDisk,
  filesOfBuild,
  parseHeadersFile,
  type HeaderRule,
  type StaticFile,
} from './static-server'

const require = createRequire(import.meta.url)

function benchPageFiles(): Map<string, StaticFile> {
  const swaggerDist = path.dirname(
    require.resolve('swagger-ui-dist/package.json'),
  )
  return new Map([
    ['/bench/stock.html', fileFromDisk(path.join(pagesDir, 'stock.html'))],
    ['/bench/stock.js', fileFromDisk(path.join(pagesDir, 'stock.js'))],
    ['/bench/floor.html', fileFromDisk(path.join(pagesDir, 'floor.html'))],
    ['/bench/floor.js', fileFromDisk(path.join(pagesDir, 'floor.js'))],
    ['/bench/blank.html', fileFromDisk(path.join(pagesDir, 'blank.html'))],
    [
      '/bench/swagger-ui-bundle.js',
      fileFromDisk(path.join(swaggerDist, 'swagger-ui-bundle.js')),
    ],
    [
      '/bench/swagger-ui.css',
      fileFromDisk(path.join(swaggerDist, 'swagger-ui.css')),
    ],
  ])
}

/**
 * The shell variant: our built page with every script (and the preloads of
 * the app's code) taken out, so the browser only parses, lays out and paints
 * the prerendered first screen. Its Send request time is the floor for ours.
 */
function shellPageOf(indexHtml: string): StaticFile {
  const html = indexHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '')
  if (/<script\b/i.test(html) || !html.includes('Send request'))
    throw new Error(
      'The built page did not read as expected: the shell variant needs its prerendered Send request button and no scripts',
    )
  return {
    body: Buffer.from(html),
    type: 'text/html; charset=utf-8',
    cacheControl: 'no-cache',
    brotliQuality: 11,
  }
}

/**
 * What the bench server serves for one build of ours: the build, stock
 * Swagger UI's page and the floor's, the shell made from the build's page,
 * and the documents (brotli 9: large, compressed as they are requested).
 */
export function benchFiles(
  distDir: string,
  docs: BenchDocument[],
): Map<string, StaticFile> {
  const files = new Map([...filesOfBuild(distDir), ...benchPageFiles()])
  files.set(
    '/bench/shell.html',
    shellPageOf(readFileSync(path.join(distDir, 'index.html'), 'utf8')),
  )
  for (const doc of docs)
    files.set(doc.urlPath, {
      body: doc.body,
      type: 'application/json',
      cacheControl: 'no-cache',
      brotliQuality: 9,
    })
  return files
}

/** The build's `_headers` rules, which the bench server applies to every response. */
export function headerRulesOf(distDir: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'))
}
