// App Center answers every failure with the same small envelope,
// {"error":{"code","message"}}, so clients can branch on `code` alone.

export type ErrorCode =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'LengthRequired'
  | 'PayloadTooLarge'
  | 'TooManyRequests'
  | 'InternalServerError'

export interface ErrorBody {
  error: { code: ErrorCode; message: string }
}

const statusByCode: Record<ErrorCode, number> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  LengthRequired: 411,
  PayloadTooLarge: 413,
  TooManyRequests: 429,
  InternalServerError: 500,
}

/**
 * Thrown by guards and handlers; the app's onError turns it into the
 * envelope. Throwing keeps each handler a straight line of checks.
 */
export class SandboxError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly headers: Record<string, string>

  constructor(
    code: ErrorCode,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'SandboxError'
    this.code = code
    this.status = statusByCode[code]
    this.headers = headers
  }
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } }
}
