import type { Rolldown } from 'vite'
import {
  createServer,
  type HtmlTagDescriptor,
  type Plugin,
  type ResolvedConfig,
} from 'vite'
import { PRERENDERED_ATTRIBUTE } from '../early/prerendered-page.ts'
import { appCodeConfig } from './app-code-config.ts'

const SHELL_MODULE = '/src/app/render-shell.tsx'
/** The app's code, which src/main.tsx imports once the prerendered page has painted. */
const APP_MODULE = '/src/app/start-app.tsx'
const ROOT_ELEMENT = '<div id="root"></div>'

/** Renders the app's first screen with Vite's SSR loader, outside the build: the shell module is plain app code. */
async function renderShell(config: ResolvedConfig): Promise<string> {
  const server = await createServer({
    ...appCodeConfig(config),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const shell = (await server.ssrLoadModule(SHELL_MODULE)) as {
      renderShell(): string
    }
    return shell.renderShell()
  } finally {
    await server.close()
  }
}

/** The chunk of `moduleId` and every chunk it imports statically (what its import() fetches), and their CSS. */
function chunkFilesOf(
  bundle: Rolldown.OutputBundle,
  moduleId: string,
): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter(
    (output) => output.type === 'chunk',
  )
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleId))
  if (!start) throw new Error(`${moduleId} was not built as a chunk`)
  const files = new Set<string>([start.fileName])
  const styles = new Set<string>()
  for (const file of files) {
    const chunk = chunks.find((candidate) => candidate.fileName === file)
    for (const imported of chunk?.imports ?? []) files.add(imported)
    for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css)
  }
  return { scripts: [...files], styles: [...styles] }
}

/**
 * The prerendered page's styles, in the page: a stylesheet of its own
 * would be one more request before the first paint, queued behind the
 * app's scripts. Each also gets a
 * `disabled` link, which the browser does not fetch, so that Vite's loader
 * for the app's chunk sees the stylesheet in place and does not add it again.
 */
function inlineStyles(
  bundle: Rolldown.OutputBundle,
  files: string[],
  base: string,
): HtmlTagDescriptor[] {
  return files.flatMap((file): HtmlTagDescriptor[] => {
    const asset = bundle[file]
    if (asset?.type !== 'asset')
      throw new Error(`${file} is not among the build's assets`)
    return [
      { tag: 'style', children: String(asset.source), injectTo: 'head' },
      {
        tag: 'link',
        attrs: { rel: 'stylesheet', href: `${base}${file}`, disabled: true },
        injectTo: 'head',
      },
    ]
  })
}

/**
 * Build only: index.html ships with the app's first screen already in it
 * (the header, the first-call guide, placeholders for the picker and the
 * reference), rendered from the app's own components, so it paints before
 * any script runs; the app hydrates it (src/app/start-app.tsx) once that
 * paint is done. The page's first script (src/early/early-head.ts, see
 * early-script-plugin.ts) keeps the clicks that come before.
 */
export function prerenderShellPlugin(): Plugin {
  let config: ResolvedConfig
  let shellHtml = ''
  return {
    name: 'explorer-prerender-shell',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async buildStart() {
      shellHtml = await renderShell(config)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!html.includes(ROOT_ELEMENT))
          throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`)
        // Fetched at once, evaluated after the first paint; its styles are the prerendered page's.
        const app = chunkFilesOf(context.bundle!, APP_MODULE)
        const links = (rel: string, files: string[]): HtmlTagDescriptor[] =>
          files
            .filter((file) => !html.includes(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel, crossorigin: true, href: `${config.base}${file}` },
              injectTo: 'head',
            }))
        return {
          html: html.replace(
            ROOT_ELEMENT,
            `<div id="root" ${PRERENDERED_ATTRIBUTE}>${shellHtml}</div>`,
          ),
          tags: [
            ...links('modulepreload', app.scripts),
            ...inlineStyles(context.bundle!, app.styles, config.base),
          ],
        }
      },
    },
  }
}
