import type { Actor } from './auth.ts'
import type { DescribedOperation } from './description.ts'

// What the middleware chain learns about a request and hands on to the
// route: the described operation, its path values, the caller and the body.

export interface SandboxEnv {
  Bindings: {
    /** The request URL, parsed once (the host check needs it first). */
    url: URL
  }
  Variables: {
    /** Undefined when the path is not in the description. */
    operation: DescribedOperation | undefined
    params: Readonly<Record<string, string>>
    actor: Actor
    body: unknown
  }
}
