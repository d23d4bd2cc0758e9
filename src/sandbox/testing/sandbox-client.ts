import { createSandbox, type CreateSandboxOptions } from '../app.ts'

// A thin client over the fetch handler for tests: no port, no network.

export interface CallOptions {
  token?: string
  /** Serialized as JSON unless it is already a string. */
  body?: unknown
  headers?: Record<string, string>
}

export interface CallResult {
  status: number
  headers: Headers
  text: string
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  json: unknown
}

export const ORIGIN = 'http://localhost:5173'

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

export function setupSandbox(options: CreateSandboxOptions = {}) {
  const sandbox = createSandbox({ logError: () => {}, ...options })
  const demo = sandbox.demo()
  const value = (kind: 'user' | 'app', access: 'full' | 'read_only') => {
    const token = demo.tokens.find(
      (t) => t.kind === kind && t.access === access,
    )
    if (!token) throw new Error(`No demo ${kind} ${access} token`)
    return token.value
  }
  const tokens = {
    userFull: value('user', 'full'),
    userReadOnly: value('user', 'read_only'),
    appFull: value('app', 'full'),
    appReadOnly: value('app', 'read_only'),
  }
  const basicAuth = basic(demo.basic.username, demo.basic.password)

  async function call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<CallResult> {
    const headers = new Headers(options.headers)
    if (options.token !== undefined) headers.set('X-API-Token', options.token)
    let body: string | undefined
    if (options.body !== undefined) {
      body =
        typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body)
      if (!headers.has('content-type')) {
        headers.set('Content-Type', 'application/json')
      }
    }
    const response = await sandbox.fetch(
      new Request(`http://localhost/sandbox${path}`, { method, headers, body }),
    )
    const text = await response.text()
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json }
  }

  return { sandbox, demo, tokens, basicAuth, call }
}

/** The `error` of an App Center error body, for concise assertions. */
export function errorOf(result: CallResult): { code: string; message: string } {
  const body = result.json as { error?: { code: string; message: string } }
  if (!body?.error) throw new Error(`Not an error body: ${result.text}`)
  return body.error
}
