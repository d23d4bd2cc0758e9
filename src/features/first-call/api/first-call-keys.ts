/**
 * Every key of the guide's calls. The token is not in them (Devtools shows
 * keys); the app resets `all` whenever the token changes.
 */
export const firstCallKeys = {
  all: ['sandbox', 'first-call'] as const,
  user: () => [...firstCallKeys.all, 'user'] as const,
  apps: () => [...firstCallKeys.all, 'apps'] as const,
  appUsers: () => [...firstCallKeys.all, 'app-users'] as const,
}
