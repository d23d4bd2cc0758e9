import type { Plugin } from 'vite'

const BOOT_ENTRY = 'src/boot.ts'

/**
 * Builds src/boot.ts as an entry of its own and puts it first in the page,
 * ahead of the app's bundle: a few kB that start loading the description
 * while the app's script is still downloading and compiling. (Vite would
 * merge a second script tag in index.html into the app's entry.)
 */
export function bootScriptPlugin(): Plugin {
  let base = '/'
  return {
    name: 'explorer-boot-script',
    config(config) {
      const input = config.build?.rollupOptions?.input
      if (input !== undefined) return undefined
      return {
        build: {
          rollupOptions: { input: { index: 'index.html', boot: BOOT_ENTRY } },
        },
      }
    },
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = context.bundle
          ? Object.values(context.bundle).find(
              (output) =>
                output.type === 'chunk' &&
                output.isEntry &&
                output.name === 'boot',
            )
          : undefined
        if (context.bundle && !chunk)
          throw new Error(`${BOOT_ENTRY} was not built as an entry`)
        return [
          {
            tag: 'script',
            attrs: {
              type: 'module',
              crossorigin: true,
              src: chunk ? `${base}${chunk.fileName}` : `${base}${BOOT_ENTRY}`,
            },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
