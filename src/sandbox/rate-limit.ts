import { SandboxError } from './errors.ts'
import type { RateLimit } from './options.ts'

// A fixed window per key: simple, exact, and cheap enough for the hot path.

interface Window {
  start: number
  count: number
}

export interface RateLimiter {
  hit(key: string): void
  clear(): void
}

export function createRateLimiter(
  limit: RateLimit | false,
  clock: () => number,
): RateLimiter {
  const windows = new Map<string, Window>()
  return {
    hit(key) {
      if (!limit) return
      const now = clock()
      let window = windows.get(key)
      if (!window || now >= window.start + limit.windowMs) {
        window = { start: now, count: 0 }
        windows.set(key, window)
      }
      window.count += 1
      if (window.count <= limit.requests) return
      const seconds = Math.max(
        1,
        Math.ceil((window.start + limit.windowMs - now) / 1000),
      )
      throw new SandboxError(
        'TooManyRequests',
        `Too many requests with this token: the sandbox allows ${limit.requests} every ${limit.windowMs / 1000} s. Try again in ${seconds} s.`,
        { 'Retry-After': String(seconds) },
      )
    },
    clear() {
      windows.clear()
    },
  }
}
