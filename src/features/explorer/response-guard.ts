/**
 * Responses are untrusted too. A huge one would freeze Swagger UI (it turns
 * the whole body into immutable state and highlights it), so only a preview
 * goes on; the full text waits here for a download.
 */
export const MAX_SHOWN_RESPONSE_CHARS = 1024 * 1024
export const RESPONSE_PREVIEW_CHARS = 64 * 1024

export interface SwaggerResponse {
  url?: string
  status?: number
  text?: unknown
  data?: unknown
  body?: unknown
  obj?: unknown
  headers?: Record<string, string>
  [key: string]: unknown
}

export interface HeldResponse {
  preview: string
  full: string
  contentType: string
}

let held: HeldResponse | null = null

/** The last response cut for display; only one is kept, so memory stays bounded. */
export function heldResponse(): HeldResponse | null {
  return held
}

export function guardResponse(response: SwaggerResponse): {
  response: SwaggerResponse
  notice: string | null
} {
  if (response.status === 0) {
    return {
      response: { ...response, statusText: 'Redirect not followed' },
      notice:
        'The server answered with a redirect. It was not followed, so your credentials stayed with the target you authorized.',
    }
  }
  const text = response.text
  if (typeof text !== 'string' || text.length <= MAX_SHOWN_RESPONSE_CHARS)
    return { response, notice: null }
  const preview = text.slice(0, RESPONSE_PREVIEW_CHARS)
  const contentType =
    response.headers?.['content-type'] ?? 'application/octet-stream'
  held = { preview, full: text, contentType }
  return {
    response: {
      ...response,
      text: preview,
      data: preview,
      body: undefined,
      obj: undefined,
    },
    notice: null,
  }
}
