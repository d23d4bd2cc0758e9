/**
 * What the panel says when the target answers 401 to a token: the server's
 * own words once, and our advice only where the server did not give it.
 */
export function rejectedTokenMessage(serverMessage: string): string {
  const said = serverMessage.trim().replace(/[.\s]+$/, '')
  const advice = /revoked|deleted/i.test(said)
    ? ''
    : /cop(y|ied)|whole token/i.test(said)
      ? ' It may also have been revoked.'
      : ' Check that you copied the whole token, and that it was not revoked.'
  return said
    ? `The token was not accepted (401): ${said}.${advice}`
    : `The token was not accepted (401).${advice}`
}
