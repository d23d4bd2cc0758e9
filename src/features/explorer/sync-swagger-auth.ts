import { useAuthStore } from '@/stores/auth-store'
import type { FillableSchemes } from './security-schemes'
import type { SwaggerSystem } from './swagger-system'

type AuthSnapshot = Pick<
  ReturnType<typeof useAuthStore.getState>,
  'token' | 'basic' | 'revealInSnippets'
>

/**
 * Mirrors our session into Swagger UI: the token and Basic credentials show
 * as authorized without its dialog, and logging out clears its state too.
 */
export function applySessionToSwagger(
  system: SwaggerSystem,
  schemes: FillableSchemes,
  session: AuthSnapshot,
): void {
  const tokenNames = Object.keys(schemes.apiToken)
  const basicNames = Object.keys(schemes.basic)
  const payload: Record<
    string,
    { name: string; schema: unknown; value: unknown }
  > = {}
  if (session.token) {
    for (const name of tokenNames)
      payload[name] = {
        name,
        schema: schemes.apiToken[name],
        value: session.token,
      }
  }
  if (session.basic) {
    for (const name of basicNames)
      payload[name] = {
        name,
        schema: schemes.basic[name],
        value: session.basic,
      }
  }
  // Swagger UI's logout fails on schemes it never authorized, so only those it holds are cleared.
  const authorized = system.authSelectors.authorized()
  const cleared = [
    ...(session.token ? [] : tokenNames),
    ...(session.basic ? [] : basicNames),
  ].filter((name) => authorized?.has(name) === true)
  if (cleared.length) system.authActions.logout(cleared)
  if (Object.keys(payload).length) system.authActions.authorize(payload)
  system.secretMaskActions.setReveal(session.revealInSnippets)
}

/** Keeps Swagger UI in step with the store until the returned function is called. */
export function syncSwaggerAuth(
  system: SwaggerSystem,
  schemes: FillableSchemes,
): () => void {
  applySessionToSwagger(system, schemes, useAuthStore.getState())
  return useAuthStore.subscribe((state, previous) => {
    if (
      state.token !== previous.token ||
      state.basic !== previous.basic ||
      state.revealInSnippets !== previous.revealInSnippets
    ) {
      applySessionToSwagger(system, schemes, state)
    }
  })
}
