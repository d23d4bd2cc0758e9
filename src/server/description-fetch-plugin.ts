import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Connect, Plugin } from 'vite'
import {
  DEFAULT_MAX_DESCRIPTION_BYTES,
  DESCRIPTION_FETCH_TIMEOUT_MS,
  DescriptionFetchError,
  fetchDescriptionForPage,
  openedOnLoopback,
  type DescriptionFetchFailure,
  type Resolver,
} from './description-fetch.ts'

/** Where the page asks for a description: `GET /_explorer/fetch-description?url=…`. */
export const DESCRIPTION_FETCH_PATH = '/_explorer/fetch-description'
/** Every response says where the endpoint is, so the page knows it has one (a static host has none). */
export const DESCRIPTION_FETCH_HEADER = 'X-Explorer-Description-Fetch'

const STATUS: Record<DescriptionFetchFailure, number> = {
  'bad-url': 400,
  refused: 403,
  'too-large': 413,
  http: 502,
  unreachable: 502,
  timeout: 504,
}

/** Types a description's parser reads as text (Swagger UI's $ref resolver needs them); anything else goes as bytes. */
const TEXT_TYPES =
  /^\s*(application\/([\w.-]+\+)?json|application\/(x-)?yaml|text\/(x-)?yaml|text\/plain)\s*(;|$)/i

export interface DescriptionFetchHandlerOptions {
  maxBytes: number
  timeoutMs?: number
  resolve?: Resolver
}

function sendError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
  })
  response.end(JSON.stringify({ error: { code, message } }))
}

/**
 * Answers the page's description requests. Only a same-origin page may
 * ask (Sec-Fetch-Site), so another site cannot have a visitor's browser
 * make this server fetch things. The body goes back as inert bytes.
 */
export function createDescriptionFetchHandler(
  options: DescriptionFetchHandlerOptions,
) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET') {
      response.setHeader('Allow', 'GET')
      sendError(response, 405, 'method', 'Only GET is answered here.')
      return
    }
    const site = request.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin') {
      sendError(
        response,
        403,
        'cross-site',
        'Only the explorer page itself may ask for descriptions.',
      )
      return
    }
    const url = new URL(request.url ?? '/', 'http://explorer').searchParams.get(
      'url',
    )
    try {
      const fetched = await fetchDescriptionForPage(url, {
        maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs ?? DESCRIPTION_FETCH_TIMEOUT_MS,
        allowPrivate: openedOnLoopback(
          request.headers.host,
          request.socket.remoteAddress,
        ),
        resolve: options.resolve,
      })
      response.writeHead(200, {
        // Data for the page's parser, never a document of this origin to render.
        'Content-Type':
          fetched.contentType && TEXT_TYPES.test(fetched.contentType)
            ? fetched.contentType
            : 'application/octet-stream',
        'Content-Disposition': 'attachment',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'no-store',
        'X-Description-Url': fetched.url,
        ...(fetched.contentType && {
          'X-Description-Content-Type': fetched.contentType,
        }),
      })
      response.end(fetched.body)
    } catch (error) {
      if (error instanceof DescriptionFetchError)
        sendError(response, STATUS[error.code], error.code, error.message)
      else sendError(response, 500, 'internal', 'The description fetch failed.')
    }
  }
}

function maxBytesFrom(env: Record<string, string | undefined>): number {
  const configured = Number(env.VITE_MAX_DESCRIPTION_MB)
  return Number.isFinite(configured) && configured > 0
    ? configured * 1024 * 1024
    : DEFAULT_MAX_DESCRIPTION_BYTES
}

function mount(
  middlewares: Connect.Server,
  enabled: boolean,
  maxBytes: number,
): void {
  const handle = createDescriptionFetchHandler({ maxBytes })
  middlewares.use((request, response, next) => {
    const path = request.url?.split('?', 1)[0]
    if (enabled)
      response.setHeader(DESCRIPTION_FETCH_HEADER, DESCRIPTION_FETCH_PATH)
    if (path !== DESCRIPTION_FETCH_PATH) {
      next()
      return
    }
    if (!enabled) {
      sendError(
        response,
        404,
        'disabled',
        'Fetching descriptions for the page is turned off here (EXPLORER_DESCRIPTION_FETCH=off).',
      )
      return
    }
    handle(request, response).catch(next)
  })
}

/**
 * Mounts the description fetch in `vite` (dev) and `vite preview` (and so
 * `npm start`); EXPLORER_DESCRIPTION_FETCH=off turns it off.
 */
export function descriptionFetchPlugin(): Plugin {
  const enabled =
    process.env.EXPLORER_DESCRIPTION_FETCH?.toLowerCase() !== 'off'
  let maxBytes = DEFAULT_MAX_DESCRIPTION_BYTES
  return {
    name: 'explorer-description-fetch',
    configResolved(config) {
      maxBytes = maxBytesFrom({ ...config.env, ...process.env })
    },
    configureServer(server) {
      mount(server.middlewares, enabled, maxBytes)
    },
    configurePreviewServer(server) {
      mount(server.middlewares, enabled, maxBytes)
    },
  }
}
