import type { DemoInfo } from './demo.ts'

// The text both the Vite plugin and `npm run sandbox` print at start, so a
// newcomer can copy a working token without opening the UI.

export function bannerLines(baseUrl: string, demo: DemoInfo): string[] {
  const lines = [
    `App Center sandbox: ${baseUrl}`,
    'Demo API tokens (X-API-Token):',
  ]
  for (const token of demo.tokens) {
    const access = token.access === 'full' ? 'full access' : 'read only'
    const scope = token.app
      ? `app ${token.app.owner_name}/${token.app.app_name}`
      : 'user'
    lines.push(`  ${`${scope}, ${access}:`.padEnd(42)} ${token.value}`)
  }
  lines.push(
    `Demo Basic login (API token operations): ${demo.basic.username} / ${demo.basic.password}`,
  )
  const first = demo.tokens[0]
  if (first) {
    lines.push(
      `Try: curl -H "X-API-Token: ${first.value}" ${baseUrl}/v0.1/user`,
    )
  }
  return lines
}
