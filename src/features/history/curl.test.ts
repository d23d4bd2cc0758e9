import { describe, expect, it } from 'vitest'
import { toHistoryEntry } from '@/stores/history-store'
import { curlCommand, shellQuote } from './curl'

const TOKEN = 'z'.repeat(40)

describe('curlCommand', () => {
  it('writes the token as $APPCENTER_API_TOKEN, for the shell to fill in', () => {
    const entry = toHistoryEntry(
      {
        source: 'try-it-out',
        method: 'POST',
        url: "https://sandbox.test/v0.1/apps?name=it's",
        startedAt: 0,
        durationMs: 1,
        status: 201,
        request: {
          headers: { 'X-API-Token': TOKEN, 'Content-Type': 'application/json' },
          body: '{"display_name":"A $HOME app"}',
        },
        response: null,
      },
      { token: TOKEN, basic: null },
    )
    expect(curlCommand(entry)).toBe(
      [
        `curl -X POST 'https://sandbox.test/v0.1/apps?name=it'\\''s'`,
        '  -H "X-API-Token: $APPCENTER_API_TOKEN"',
        `  -H 'Content-Type: application/json'`,
        `  --data-raw '{"display_name":"A $HOME app"}'`,
      ].join(' \\\n'),
    )
  })

  it('escapes what a shell would expand around a placeholder', () => {
    expect(shellQuote('a "$x" `y` $APPCENTER_API_TOKEN')).toBe(
      '"a \\"\\$x\\" \\`y\\` $APPCENTER_API_TOKEN"',
    )
  })
})
