/** Every key this app writes to sessionStorage starts with this (the page's first script looks for it). */
export const SESSION_KEY_PREFIX = 'appcenter-explorer:'

export function sessionStorageKey(name: string): string {
  return `${SESSION_KEY_PREFIX}${name}`
}
