import { beforeAll, describe, expect, it } from 'vitest'
import { blockedByPolicy, watchConnectPolicy } from './connect-policy'

/** What the browser dispatches on the document when the policy stops a request. */
function reportViolation(
  blockedURI: string,
  effectiveDirective = 'connect-src',
) {
  document.dispatchEvent(
    Object.assign(new Event('securitypolicyviolation'), {
      blockedURI,
      effectiveDirective,
    }),
  )
}

beforeAll(() => watchConnectPolicy())

describe('blockedByPolicy', () => {
  it("names the origin of a call the page's connect-src stopped", async () => {
    reportViolation('https://proxy.example.com/v0.1/user')
    await expect(
      blockedByPolicy('https://proxy.example.com/v0.1/apps'),
    ).resolves.toBe('https://proxy.example.com')
  })

  it('says nothing of an origin the policy never stopped: that call failed for another reason', async () => {
    await expect(
      blockedByPolicy('https://down.example.com/v0.1/user'),
    ).resolves.toBeNull()
  })

  it('counts a report that comes just after the failure', async () => {
    const answer = blockedByPolicy('https://late.example.com/v0.1/user')
    reportViolation('https://late.example.com/v0.1/user')
    await expect(answer).resolves.toBe('https://late.example.com')
  })

  it('ignores other directives and reports that name no URL', async () => {
    reportViolation('https://image.example.com/logo.png', 'img-src')
    reportViolation('inline')
    await expect(
      blockedByPolicy('https://image.example.com/v0.1/user'),
    ).resolves.toBeNull()
    // Not read as a path on this page's own origin.
    await expect(blockedByPolicy('/sandbox/v0.1/user')).resolves.toBeNull()
  })
})
