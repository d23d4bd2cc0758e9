import {
  bindCredentials,
  withBodyForWrites,
  withoutSecretHeaders,
} from '@/lib/api-client'
import { TARGET_LABELS, type TargetKind } from '@/lib/targets'
import type { BasicCredentials } from '@/stores/auth-store'

/** The part of Swagger UI's request object that we read and change. */
export interface SwaggerRequest {
  url: string
  method?: string
  headers?: Record<string, string>
  body?: unknown
  loadSpec?: boolean
  /** Set by the OpenAPI 3.1 resolver when it fetches a $ref. */
  userFetch?: unknown
  [key: string]: unknown
}

export interface BindingContext {
  pageHref: string
  targetKind: TargetKind
  targetBaseUrl: string
  /** Document-level base URLs of the description, resolved (see descriptionBaseUrls). */
  descriptionBases: string[]
  token: string | null
  basic: BasicCredentials | null
  /** Where a $ref document on another origin is fetched from, once the user allowed it (see remote-refs.ts). */
  allowedRefUrl?: (url: string) => string | null
}

export interface BindingOutcome {
  request: SwaggerRequest
  /** Said to the user when a request goes somewhere the token may not follow. */
  notice: string | null
  /** The request must not be sent at all (a $ref on another origin). */
  blocked?: boolean
}

export const EMPTY_BODY_NOTICE =
  'No request body was given, so {} was sent: App Center answers 411 Length Required to a POST, PUT or PATCH without a body.'

function hasHeader(
  headers: Record<string, string> = {},
  name: string,
): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name)
}

/** Under `base`: equal to it, or followed by a path, query or fragment. */
function rest(url: string, base: string): string | null {
  if (!url.startsWith(base)) return null
  const tail = url.slice(base.length)
  return tail === '' || /^[/?#]/.test(tail) ? tail : null
}

function stripTokenFromQuery(url: URL, token: string | null): void {
  if (!token) return
  for (const [name, value] of [...url.searchParams])
    if (value === token) url.searchParams.delete(name)
}

/**
 * Sends try-it-out requests to the authorized target and binds the token to
 * that target's origin. Requests under a base the description declares are
 * re-based onto the target, whatever host it names. Anything else (an
 * operation-level server, an edited server variable, an absolute URL) keeps
 * its destination and goes without any credential.
 */
export function bindRequestToTarget(
  request: SwaggerRequest,
  context: BindingContext,
): BindingOutcome {
  // Fetching a description or a $ref never carries credentials.
  if (request.loadSpec || request.userFetch) {
    const safe: SwaggerRequest = {
      ...request,
      headers: withoutSecretHeaders(request.headers),
      credentials: 'omit',
    }
    // A $ref to another origin would let a description make this page fetch anything.
    const origin = new URL(request.url, context.pageHref).origin
    if (origin !== new URL(context.pageHref).origin) {
      const allowed = context.allowedRefUrl?.(request.url)
      if (allowed) return { request: { ...safe, url: allowed }, notice: null }
      return {
        request: safe,
        blocked: true,
        notice: `This description refers to ${new URL(request.url, context.pageHref).href} ($ref on another site). It was not fetched; the parts that need it stay unresolved.`,
      }
    }
    return { request: safe, notice: null }
  }
  const absolute = new URL(request.url, context.pageHref).href
  const target = context.targetBaseUrl.replace(/\/+$/, '')
  let destination = absolute
  for (const base of [...context.descriptionBases].sort(
    (a, b) => b.length - a.length,
  )) {
    const tail = rest(absolute, base)
    if (tail !== null) {
      destination = target + tail
      break
    }
  }
  const url = new URL(destination)
  const targetOrigin = new URL(target).origin
  // The token header as the client will send it, so the snippet shows it (masked).
  const { headers, bound } = bindCredentials(
    url.href,
    withoutSecretHeaders(request.headers),
    { baseUrl: target, token: context.token },
  )
  let notice: string | null = null
  if (bound) {
    // Basic goes only where the operation asked for it (Swagger UI set the header).
    if (context.basic && hasHeader(request.headers, 'authorization')) {
      headers.Authorization = `Basic ${btoa(`${context.basic.username}:${context.basic.password}`)}`
    }
  } else {
    stripTokenFromQuery(url, context.token)
    if (context.token || context.basic) {
      notice = `This request was sent without your credentials: it goes to ${url.origin}, and your token is only for ${targetOrigin} (${TARGET_LABELS[context.targetKind]}).`
    }
  }
  const withBody = withBodyForWrites(
    request.method ?? 'GET',
    request.body,
    headers,
  )
  const notices = [notice, withBody.added ? EMPTY_BODY_NOTICE : null].filter(
    (text) => text !== null,
  )
  return {
    request: {
      ...request,
      url: url.href,
      headers: withBody.headers,
      body: withBody.body,
      credentials: 'omit',
      // A redirect must not take the token to wherever it points; it is shown, not followed.
      redirect: 'manual',
    },
    notice: notices.length ? notices.join(' ') : null,
  }
}
