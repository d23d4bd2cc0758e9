import { describe, expect, it } from 'vitest'
import {
  BASIC_MARK,
  markSecretHeaders,
  maskSecretText,
  TOKEN_MARK,
  unmarkSnippet,
} from './snippet-masking'

describe('markSecretHeaders', () => {
  it('marks the token and Basic credentials, whatever the header case, and keeps the rest', () => {
    expect(
      markSecretHeaders({
        'x-api-token': 'secret',
        Authorization: 'Basic dXNlcjpwdw==',
        Accept: 'application/json',
      }),
    ).toEqual({
      'x-api-token': TOKEN_MARK,
      Authorization: `Basic ${BASIC_MARK}`,
      Accept: 'application/json',
    })
  })

  it('leaves a bearer Authorization header alone', () => {
    expect(markSecretHeaders({ Authorization: 'Bearer abc' })).toEqual({
      Authorization: 'Bearer abc',
    })
  })
})

describe('unmarkSnippet', () => {
  it('re-quotes the token header for bash so the variable expands', () => {
    const snippet = `curl -X 'GET' 'http://x/v0.1/user' -H 'X-API-Token: ${TOKEN_MARK}'`
    expect(unmarkSnippet(snippet, 'bash')).toBe(
      `curl -X 'GET' 'http://x/v0.1/user' -H "X-API-Token: $APPCENTER_API_TOKEN"`,
    )
  })

  it('uses $env: for PowerShell and %VAR% for cmd', () => {
    expect(unmarkSnippet(`-H "X-API-Token: ${TOKEN_MARK}"`, 'powershell')).toBe(
      '-H "X-API-Token: $env:APPCENTER_API_TOKEN"',
    )
    expect(unmarkSnippet(`-H "X-API-Token: ${TOKEN_MARK}"`, 'cmd')).toBe(
      '-H "X-API-Token: %APPCENTER_API_TOKEN%"',
    )
  })

  it('names a variable for Basic credentials', () => {
    expect(
      unmarkSnippet(`-H 'Authorization: Basic ${BASIC_MARK}'`, 'bash'),
    ).toBe('-H "Authorization: Basic $APPCENTER_BASIC_AUTH"')
  })

  it('replaces a mark anywhere else too', () => {
    expect(unmarkSnippet(`'http://x/?k=${TOKEN_MARK}'`, 'bash')).toBe(
      `'http://x/?k=$APPCENTER_API_TOKEN'`,
    )
  })
})

describe('maskSecretText', () => {
  it('replaces every occurrence of each secret', () => {
    expect(maskSecretText('a=tok&b=tok', ['tok', null])).toBe(
      'a=$APPCENTER_API_TOKEN&b=$APPCENTER_API_TOKEN',
    )
  })
})
