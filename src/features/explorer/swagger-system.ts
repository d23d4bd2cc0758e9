/**
 * The small part of Swagger UI's plugin system that we use. Swagger UI ships
 * no types for it; these describe what its 5.x source does.
 */
import type { ParamActions } from './fill-app-params'

export interface SwaggerSystem extends ParamActions {
  authActions: {
    authorize(
      payload: Record<
        string,
        { name: string; schema: unknown; value: unknown }
      >,
    ): void
    logout(names: string[]): void
  }
  /** Undefined until something was authorized once. */
  authSelectors: { authorized(): { has(name: string): boolean } | undefined }
  secretMaskActions: { setReveal(reveal: boolean): void }
  /** Expands and scrolls to `#/{tag}/{operation}`, as on load. */
  layoutActions: { parseDeepLinkHash(hash: string): void }
}
