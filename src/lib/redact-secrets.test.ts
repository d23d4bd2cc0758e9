import { describe, expect, it } from 'vitest'
import { redactBody, redactHeaders, redactText } from './redact-secrets'

const secrets = { token: 'tok+en/with=chars42', basic: null }

describe('redact-secrets', () => {
  it('replaces the token, plain or URL-encoded', () => {
    expect(
      redactText(
        `a tok+en/with=chars42 b ${encodeURIComponent('tok+en/with=chars42')}`,
        secrets,
      ),
    ).toBe('a $APPCENTER_API_TOKEN b $APPCENTER_API_TOKEN')
  })

  it('replaces credential headers whatever their value', () => {
    expect(
      redactHeaders({ 'x-api-token': 'other', Accept: 'x' }, secrets),
    ).toEqual({
      'x-api-token': '$APPCENTER_API_TOKEN',
      Accept: 'x',
    })
  })

  it('hides a token a response issued', () => {
    expect(
      redactBody('{"id":"1","api_token":"abc\\"def","x":2}', secrets),
    ).toBe('{"id":"1","api_token":"(redacted: a new token)","x":2}')
  })

  it('leaves text alone when there is no secret', () => {
    expect(redactText('nothing here', { token: null, basic: null })).toBe(
      'nothing here',
    )
  })
})
