import type { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { SANDBOX_BASE, type Sandbox } from './app.ts'
import { errorBody } from './errors.ts'
import { JSON_CONTENT_TYPE } from './json-response.ts'

// Bridges Node's req/res to the fetch handler, for the Vite plugin and the
// standalone server alike.

export type NodeListener = (
  req: IncomingMessage,
  res: ServerResponse,
) => Promise<void>

/** True for /sandbox, /sandbox/... and /sandbox?...; everything else is Vite's. */
export function isSandboxPath(url: string | undefined): boolean {
  if (!url?.startsWith(SANDBOX_BASE)) return false
  const next = url.charAt(SANDBOX_BASE.length)
  return next === '' || next === '/' || next === '?'
}

const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i

/**
 * Whether the raw request path has "." or ".." segments (also as %2E).
 * Building a URL would resolve them and route the request elsewhere, so
 * such requests are answered 404 before that can happen.
 */
export function hasDotSegment(rawUrl: string): boolean {
  const end = rawUrl.search(/[?#]/)
  return DOT_SEGMENT.test(end < 0 ? rawUrl : rawUrl.slice(0, end))
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': JSON_CONTENT_TYPE })
  res.end(JSON.stringify(body))
}

export function createNodeListener(
  sandbox: Sandbox,
  options: { overrideGlobalObjects?: boolean } = {},
): NodeListener {
  const listener = getRequestListener((request) => sandbox.fetch(request), {
    // Replacing the global Request/Response is fast but invasive; only the
    // standalone server, which owns its process, opts in.
    overrideGlobalObjects: options.overrideGlobalObjects ?? false,
    errorHandler: () =>
      new Response(
        JSON.stringify(
          errorBody('BadRequest', 'The sandbox could not read this request.'),
        ),
        { status: 400, headers: { 'Content-Type': JSON_CONTENT_TYPE } },
      ),
  })
  return async (req, res) => {
    const url = req.url ?? '/'
    if (hasDotSegment(url)) {
      send(
        res,
        404,
        errorBody(
          'NotFound',
          'Paths with "." or ".." segments are not part of the API. Encode such values in path parameters (%2E%2E%2F) or leave them out.',
        ),
      )
      return
    }
    await listener(req, res)
  }
}
