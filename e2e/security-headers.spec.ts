import { expect, test } from '@playwright/test'
import { openBundled } from './support/explorer'

test('the page is served with a strict Content-Security-Policy and companion headers', async ({
  page,
}) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  const csp = headers['content-security-policy']!
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  expect(csp).toContain("img-src 'self' data: blob:")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'none'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toMatch(/connect-src 'self' https:\/\/api\.appcenter\.ms/)
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-content-type-options']).toBe('nosniff')
})

test('inline scripts and remote images are blocked, and the app works under the policy', async ({
  page,
}) => {
  const violations: string[] = []
  await openBundled(page)
  await page.exposeFunction('reportViolation', (directive: string) =>
    violations.push(directive),
  )
  const ran = await page.evaluate(async () => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (
        window as unknown as { reportViolation(d: string): void }
      ).reportViolation(event.effectiveDirective),
    )
    const script = document.createElement('script')
    script.textContent = 'window.__inline = true'
    document.body.append(script)
    const image = new Image()
    image.src = 'http://127.0.0.1:4174/elsewhere/tracker/csp-check.png'
    document.body.append(image)
    await new Promise((resolve) =>
      image.addEventListener('error', resolve, { once: true }),
    )
    return (window as { __inline?: boolean }).__inline === true
  })
  expect(ran).toBe(false)
  await expect
    .poll(() => violations)
    .toEqual(expect.arrayContaining(['script-src-elem', 'img-src']))
})
