import { describe, expect, it } from 'vitest'
import { rejectedTokenMessage } from './rejected-token-message'

describe('rejectedTokenMessage', () => {
  it('quotes the server once, without doubling its full stop or repeating its advice', () => {
    expect(
      rejectedTokenMessage(
        'The X-API-Token header does not match any API token. Check that you copied the whole token (40 hex characters).',
      ),
    ).toBe(
      'The token was not accepted (401): The X-API-Token header does not match any API token. Check that you copied the whole token (40 hex characters). It may also have been revoked.',
    )
  })

  it('adds the advice when the server gave none', () => {
    expect(rejectedTokenMessage('Unauthorized')).toBe(
      'The token was not accepted (401): Unauthorized. Check that you copied the whole token, and that it was not revoked.',
    )
    expect(rejectedTokenMessage('')).toBe(
      'The token was not accepted (401). Check that you copied the whole token, and that it was not revoked.',
    )
  })

  it('says nothing more when the server says the token was revoked', () => {
    expect(rejectedTokenMessage('This API token was revoked.')).toBe(
      'The token was not accepted (401): This API token was revoked.',
    )
  })
})
