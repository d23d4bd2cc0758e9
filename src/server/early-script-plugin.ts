import path from 'node:path'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { appCodeConfig } from './app-code-config.ts'
import { PARSE_WORKER_META } from '../early/parse-worker-meta.ts'

const EARLY_ENTRY = 'src/early/early-page.ts'
const EARLY_ASSET_NAME = 'early-page.js'
/** How Vite names the parse worker's bundle (src/features/spec-loader/parse-worker.ts). */
const PARSE_WORKER_FILE = /(^|\/)parse-worker-[\w-]+\.js$/

/** Bundles the first script as one classic script: it must run before the page is parsed further, which a module cannot. */
async function bundleEarlyScript(config: ResolvedConfig): Promise<string> {
  const result = await build({
    ...appCodeConfig(config),
    base: config.base,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: config.build.target,
      reportCompressedSize: false,
      lib: {
        entry: path.join(config.root, EARLY_ENTRY),
        formats: ['iife'],
        name: 'explorerEarlyPage',
        fileName: () => EARLY_ASSET_NAME,
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap(
    (entry) => ('output' in entry ? entry.output : []),
  )
  const chunk = outputs.find((output) => output.type === 'chunk')
  if (!chunk || outputs.length !== 1)
    throw new Error(
      `${EARLY_ENTRY} must bundle into one script, without dynamic imports or assets`,
    )
  return chunk.code
}

/**
 * Build only: src/early/early-page.ts becomes the page's first script, a
 * classic one in the head, with a `<meta>` before it naming the parse
 * worker's script, which it starts at once. (`vite` in dev has no such
 * script: the app then loads the description itself.)
 */
export function earlyScriptPlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'explorer-early-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async buildStart() {
      this.emitFile({
        type: 'asset',
        name: EARLY_ASSET_NAME,
        source: await bundleEarlyScript(config),
      })
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const outputs = Object.values(context.bundle ?? {})
        const early = outputs.find(
          (output) =>
            output.type === 'asset' && output.names.includes(EARLY_ASSET_NAME),
        )
        const worker = outputs.find((output) =>
          PARSE_WORKER_FILE.test(output.fileName),
        )
        if (!early) throw new Error(`${EARLY_ENTRY} was not emitted`)
        if (!worker) throw new Error('The parse worker was not built')
        return [
          {
            tag: 'meta',
            attrs: {
              name: PARSE_WORKER_META,
              content: `${config.base}${worker.fileName}`,
            },
            injectTo: 'head-prepend',
          },
          {
            tag: 'script',
            attrs: { src: `${config.base}${early.fileName}` },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
