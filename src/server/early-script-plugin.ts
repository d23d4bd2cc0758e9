import path from 'node:path'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { appCodeConfig } from './app-code-config.ts'

const EARLY_ENTRY = 'src/early/early-head.ts'

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
        // Required for an IIFE; unused, for the script exports nothing.
        name: 'explorerEarlyHead',
        fileName: () => 'early-head.js',
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
 * Build only: src/early/early-head.ts becomes the page's first script, a
 * classic one at the top of the head, so that clicks are kept and a tab
 * with a session to restore is hidden before anything of the prerendered
 * page paints. It is written into the page, for as a file of its own it
 * would be one more request the parser waits for. The policy admits
 * it by its hash (security-headers-plugin.ts). (`vite` in dev prerenders
 * nothing and needs no such script.)
 */
export function earlyScriptPlugin(): Plugin {
  let config: ResolvedConfig
  let code = ''
  return {
    name: 'explorer-early-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async buildStart() {
      code = (await bundleEarlyScript(config)).trim()
      if (/<\/script|<!--/i.test(code))
        throw new Error(`${EARLY_ENTRY} cannot be written into a <script>`)
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return [{ tag: 'script', children: code, injectTo: 'head-prepend' }]
      },
    },
  }
}
