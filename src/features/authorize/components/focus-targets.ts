/** Where focus goes after the panel's actions: the next thing to read or do. */
export const TOKEN_STATUS_ID = 'authorize-token-status'
export const TOKEN_FIELD_ID = 'authorize-api-token'

export function focusById(id: string): void {
  // After React has drawn the new state: the element may be new, or re-enabled.
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}
