/**
 * Every key that depends on the session's token. The token is not in them
 * (Devtools shows keys); the app removes `all` whenever the token changes.
 */
export const sessionKeys = {
  all: ['session'] as const,
  identity: () => [...sessionKeys.all, 'identity'] as const,
}
