// Hono's c.json() says `application/json` without a charset; App Center
// (and our description) say `application/json; charset=utf-8`.
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers },
  })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}
