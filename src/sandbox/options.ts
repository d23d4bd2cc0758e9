// Everything a host (Vite plugin, standalone server, tests, bench) may tune.

export interface RateLimit {
  /** Requests allowed per token within one window. */
  requests: number
  windowMs: number
}

export interface SandboxOptions {
  /** Per-token budget; `false` turns limiting off (the bench does). */
  rateLimit?: RateLimit | false
  /** Cap on tokens per holder: per user for user tokens, per app for app tokens. */
  maxTokensPerAccount?: number
  maxBodyBytes?: number
  /** Cross-origin callers allowed by CORS. Same-origin calls always work. */
  allowedOrigins?: readonly string[]
  /**
   * Host names accepted besides localhost and IP addresses, which guards
   * against DNS rebinding as Vite's own server.allowedHosts does.
   * `true` accepts any host.
   */
  allowedHosts?: readonly string[] | true
  /** Milliseconds since the epoch; tests pass a fake to avoid sleeping. */
  clock?: () => number
}

export type ResolvedOptions = Required<SandboxOptions>

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
]

// High enough that try-it-out sessions and the benchmark never meet it,
// low enough that a runaway loop still gets a 429 to look at.
export const DEFAULT_RATE_LIMIT: RateLimit = {
  requests: 100_000,
  windowMs: 60_000,
}

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  return {
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxTokensPerAccount: options.maxTokensPerAccount ?? 5000,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    allowedOrigins: options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS,
    allowedHosts: options.allowedHosts ?? [],
    clock: options.clock ?? Date.now,
  }
}
