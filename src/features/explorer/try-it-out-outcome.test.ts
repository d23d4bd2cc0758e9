import { describe, expect, it } from 'vitest'
import { tryItOutOutcome } from './try-it-out-outcome'

const url = 'http://localhost:4173/sandbox/v0.1/apps/a/b/releases'
const notStopped = () => null
const now = Date.parse('2026-12-06T12:00:00Z')

describe('tryItOutOutcome', () => {
  it('reads status, headers and the App Center error body of an answer', () => {
    const outcome = tryItOutOutcome(
      {
        status: 429,
        statusText: 'Too Many Requests',
        url,
        headers: { 'content-type': 'application/json', 'Retry-After': '7' },
        text: '{"error":{"code":"TooManyRequests","message":"Slow down"}}',
        duration: 12,
      },
      'ignored',
      notStopped,
      now,
    )
    expect(outcome).toEqual({
      kind: 'response',
      url,
      status: 429,
      statusText: 'Too Many Requests',
      contentType: 'application/json',
      retryAfterSeconds: 7,
      bodyText: '{"error":{"code":"TooManyRequests","message":"Slow down"}}',
      json: { error: { code: 'TooManyRequests', message: 'Slow down' } },
      durationMs: 12,
    })
  })

  it('takes a Retry-After date as seconds from now', () => {
    const outcome = tryItOutOutcome(
      {
        status: 503,
        headers: { 'retry-after': 'Sun, 06 Dec 2026 12:00:30 GMT' },
        text: 'down',
      },
      url,
      notStopped,
      now,
    )
    expect(outcome).toMatchObject({ retryAfterSeconds: 30, json: undefined })
  })

  it('tells a stop by the page’s policy from a network failure', () => {
    const failed = {
      error: true,
      message: '**Failed to fetch.**  \n**Possible Reasons:** \n  - CORS',
    }
    expect(tryItOutOutcome(failed, url, notStopped, now)).toEqual({
      kind: 'network',
      url,
    })
    expect(
      tryItOutOutcome(failed, url, () => 'http://localhost:4173', now),
    ).toEqual({ kind: 'blocked', url, origin: 'http://localhost:4173' })
  })

  it('leaves a request the explorer itself stopped to the explorer’s own notice', () => {
    expect(
      tryItOutOutcome(
        { error: true, message: 'Sent without your credentials' },
        url,
        notStopped,
        now,
      ),
    ).toBeNull()
  })
})
