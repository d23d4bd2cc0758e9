import { expect, test, type Page, type Route } from '@playwright/test'
import {
  authorizeAsDemoUser,
  authorizeWithDemoToken,
  demoToken,
  chooseCustomTarget,
  openAuthorizePanel,
} from './support/session'
import { ORIGIN_OUTSIDE_POLICY } from './support/paths'

function guide(page: Page) {
  return page.getByRole('region', { name: 'Make your first call' })
}

async function send(page: Page) {
  await guide(page).getByRole('button', { name: 'Send request' }).click()
}

async function explanation(page: Page) {
  return guide(page).getByRole('alert').first()
}

const USER = '**/sandbox/v0.1/user'

function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return (route: Route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: JSON.stringify(body),
      headers,
    })
}

/** Stubbed answers to GET /v0.1/user, installed after a real authorization. */
const stubbed = [
  {
    name: 'a network error',
    answer: (route: Route) => route.abort('connectionrefused'),
    title: 'The sandbox did not answer',
    detail: /does not allow calls from this page \(CORS\)/,
  },
  {
    name: '403 for a read-only token',
    answer: json(403, {
      error: {
        code: 'Forbidden',
        message: 'This API token is read-only: it may only read.',
      },
    }),
    title: 'Forbidden: the API token is read-only',
    detail: /read-only/,
  },
  {
    name: '404 from a wrong base URL',
    answer: json(404, {
      error: { code: 'NotFound', message: 'No such path.' },
    }),
    title: 'Not found: the base URL looks wrong',
    detail: /sandbox\/v0\.1\/user/,
  },
  {
    name: '411 Length Required',
    answer: json(411, {
      error: { code: 'LengthRequired', message: 'A body is required.' },
    }),
    title: 'Length Required: the call needs a request body',
    detail: /Send \{\} as the body/,
  },
  {
    name: '429 with Retry-After',
    answer: json(
      429,
      { error: { code: 'TooManyRequests', message: 'Slow down.' } },
      { 'Retry-After': '30' },
    ),
    title: 'Too many requests: rate limited',
    detail: /Wait 30 seconds/,
  },
  {
    name: '503 from the server',
    answer: json(503, {
      error: { code: 'ServiceUnavailable', message: 'Down for maintenance.' },
    }),
    title: 'Server error: 503',
    detail: /problem on the server's side, not with your token/,
  },
  {
    name: 'an HTML page instead of JSON',
    answer: (route: Route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html><script>window.pwned=1</script></html>',
      }),
    title: 'The answer (200) is not a user profile',
    detail: /./,
  },
  {
    name: 'malformed JSON',
    answer: (route: Route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"name": ',
      }),
    title: 'The answer (200) is not a user profile',
    detail: /./,
  },
]

test.describe('first-call failures, each explained', () => {
  for (const { name, answer, title, detail } of stubbed) {
    test(name, async ({ page }) => {
      await page.goto('/')
      await authorizeAsDemoUser(page)
      await page.route(USER, answer)
      await send(page)
      const alert = await explanation(page)
      await expect(alert).toContainText(title)
      await expect(alert).toContainText(detail)
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false)
    })
  }

  test('a timeout', async ({ page }) => {
    await page.clock.install()
    await page.goto('/')
    await authorizeAsDemoUser(page)
    // The request is held and never answered.
    await page.route(USER, () => undefined)
    await send(page)
    await expect(guide(page).getByText('Sending…')).toBeVisible()
    await page.clock.fastForward('00:16')
    await expect(await explanation(page)).toContainText(
      'No answer after 15 seconds',
    )
  })

  test('401 without a token', async ({ page }) => {
    await page.goto('/')
    await send(page)
    await expect(await explanation(page)).toContainText(
      'Not authorized: no API token was sent',
    )
  })

  test('401 for a revoked token', async ({ page, request }) => {
    const full = await demoToken(request, 'user', 'full')
    const created = await request.post('/sandbox/v0.1/api_tokens', {
      headers: { 'X-API-Token': full },
      data: { description: 'e2e: revoked while in use', scope: ['all'] },
    })
    const { id, api_token } = (await created.json()) as {
      id: string
      api_token: string
    }
    await page.goto('/')
    const panel = await openAuthorizePanel(page)
    await panel.getByLabel('API token').fill(api_token)
    await panel.getByRole('button', { name: 'Authorize', exact: true }).click()
    await expect(panel.getByText(/Authorized as Demo User/)).toBeVisible()
    await panel
      .getByRole('button', { name: 'Close the Authorize panel' })
      .click()
    const revoked = await request.delete(`/sandbox/v0.1/api_tokens/${id}`, {
      headers: { 'X-API-Token': full },
    })
    expect(revoked.status()).toBe(204)
    await send(page)
    await expect(await explanation(page)).toContainText(
      'Not authorized: the API token was revoked',
    )
  })

  test('403 for an app token', async ({ page }) => {
    await page.goto('/')
    await authorizeWithDemoToken(
      page,
      /Use: App token for .*, full access/,
      /scoped to one app/,
    )
    await send(page)
    const alert = await explanation(page)
    await expect(alert).toContainText(
      'Forbidden: an app token cannot make this call',
    )
  })

  test('a custom target that does not answer', async ({ page }) => {
    await page.goto('/')
    const panel = await chooseCustomTarget(page, 'http://127.0.0.1:9')
    await panel
      .getByRole('button', { name: 'Close the Authorize panel' })
      .click()
    await send(page)
    await expect(await explanation(page)).toContainText(
      'http://127.0.0.1:9 did not answer',
    )
  })

  test("a custom target this page's security policy does not list", async ({
    page,
  }) => {
    const target = ORIGIN_OUTSIDE_POLICY
    await page.goto('/')
    const panel = await chooseCustomTarget(page, target)
    await panel
      .getByRole('button', { name: 'Close the Authorize panel' })
      .click()
    await send(page)
    const alert = await explanation(page)
    await expect(alert).toContainText(`This page may not call ${target}`)
    await expect(alert).toContainText(`add ${target} to EXPLORER_CONNECT_SRC`)
    await expect(alert).not.toContainText('did not answer')
  })
})
