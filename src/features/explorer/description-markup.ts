import DOMPurify from 'dompurify'
import { Remarkable } from 'remarkable'
import { linkify } from 'remarkable/linkify'

/**
 * Description markdown (and the HTML it may hold) rendered as Swagger UI
 * renders it, then sanitized more strictly than Swagger UI does: a
 * description is somebody else's text inside our page, next to the token
 * field. It may format and link, but nothing in it runs, loads or asks for
 * input, and it names nothing the page's scripts could find by id or name.
 */

/** Controls a description could use to pose as the page (a fake token field). */
const FORM_CONTROLS = [
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'fieldset',
  'legend',
  'label',
  'output',
  'meter',
  'progress',
  'keygen',
]

/** Elements that fetch, embed or restyle. `img` stays, without its source: its alt text reads. */
const LOADERS = [
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'svg',
  'math',
]

/**
 * `id` and `name` would clobber globals (`window.authStore`, `document.forms`);
 * the rest load something or restyle the page.
 */
const FORBIDDEN_ATTRIBUTES = [
  'id',
  'name',
  'form',
  'formaction',
  'action',
  'src',
  'srcset',
  'poster',
  'background',
  'ping',
  'style',
  'class',
  'xlink:href',
]

const purify = DOMPurify(window)
purify.addHook('afterSanitizeAttributes', (node) => {
  // Every link opens in a new tab (Swagger UI's do when written in markdown),
  // so the session here stays, and without a handle back on this page.
  if (node instanceof window.HTMLAnchorElement && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

export function sanitizeDescriptionHtml(html: string): string {
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    ADD_ATTR: ['target'],
    FORBID_TAGS: [...FORM_CONTROLS, ...LOADERS],
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
  })
}

export type MarkdownFlavor = 'swagger2' | 'openapi3'

/** Swagger UI's two Markdown set-ups: its core one, and the one its OpenAPI 3 plugin swaps in. */
function createRenderer(flavor: MarkdownFlavor): Remarkable {
  if (flavor === 'openapi3') {
    const renderer = new Remarkable('commonmark')
    renderer.block.ruler.enable(['table'])
    renderer.set({ linkTarget: '_blank' })
    return renderer
  }
  const renderer = new Remarkable({
    html: true,
    typographer: true,
    breaks: true,
    linkTarget: '_blank',
  }).use(linkify)
  renderer.core.ruler.disable(['replacements', 'smartquotes'])
  return renderer
}

const renderers = new Map<MarkdownFlavor, Remarkable>()

/** The safe HTML for a description's markdown, or '' when nothing is left to show. */
export function renderDescription(
  source: string,
  flavor: MarkdownFlavor,
): string {
  let renderer = renderers.get(flavor)
  if (!renderer) {
    renderer = createRenderer(flavor)
    renderers.set(flavor, renderer)
  }
  return sanitizeDescriptionHtml(renderer.render(source)).trim()
}
