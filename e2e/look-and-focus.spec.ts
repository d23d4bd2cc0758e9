import { expect, test, type Page } from '@playwright/test'
import {
  executeOperation,
  openBundled,
  openFromIndex,
} from './support/explorer'
import {
  authorizePanel,
  demoToken,
  headerAuthorizeButton,
  openAuthorizePanel,
} from './support/session'

function guide(page: Page) {
  return page.getByRole('region', { name: 'Make your first call' })
}

/** The page's background, as the sum of its red, green and blue (0 to 765). */
function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/\d+/g)!
      .map(Number)
    return r! + g! + b!
  })
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
}

test.describe('theme', () => {
  test.use({ colorScheme: 'dark' })

  test('follows the system, and the Theme control overrides it before the next first paint', async ({
    page,
  }) => {
    await openBundled(page)
    expect(await backgroundLightness(page)).toBeLessThan(150)

    const theme = page.getByRole('banner').getByLabel('Theme', { exact: true })
    await expect(theme).toHaveValue('system')
    await theme.selectOption('light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await backgroundLightness(page)).toBeGreaterThan(700)

    // Without any of the app's code, the prerendered page is already light:
    // the choice is applied by the page's first script, so nothing flashes.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort())
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await backgroundLightness(page)).toBeGreaterThan(700)
    await page.unroute(/\/assets\/.*\.js$/)

    await page.reload()
    await page
      .getByRole('banner')
      .getByLabel('Theme', { exact: true })
      .selectOption('system')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(
      await page.evaluate(() =>
        localStorage.getItem('appcenter-explorer.theme'),
      ),
    ).toBeNull()
  })
})

test.describe('on a phone (390 × 844)', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })

  test('nothing scrolls sideways, and a tap on the panel’s Authorize authorizes', async ({
    page,
  }) => {
    await openBundled(page)
    await expectNoSidewaysScroll(page)

    await guide(page).getByRole('button', { name: 'Use a sandbox token' }).tap()
    const panel = authorizePanel(page)
    const authorize = panel.getByRole('button', {
      name: 'Authorize',
      exact: true,
    })
    await expect(authorize).toBeInViewport()
    await expect(
      panel.getByRole('button', { name: 'Close the Authorize panel' }),
    ).toBeInViewport()
    await expectNoSidewaysScroll(page)
    await authorize.tap()
    await expect(headerAuthorizeButton(page)).toHaveText(
      'Authorized: Demo User',
    )

    // The title stays on one line beside a longer header button.
    const title = page.getByRole('heading', {
      name: 'App Center API Explorer',
    })
    const lineHeight = await title.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight),
    )
    expect((await title.boundingBox())!.height).toBeLessThan(lineHeight * 1.5)

    await guide(page).getByRole('button', { name: 'Send request' }).tap()
    await expect(guide(page).getByText('It works')).toBeVisible()
    await expectNoSidewaysScroll(page)

    await openFromIndex(page, 'GET', '/v0.1/user')
    await executeOperation(page, 'GET', '/v0.1/user')
    await expect(
      page.getByRole('region', { name: 'Server response' }),
    ).toBeVisible()
    await expectNoSidewaysScroll(page)
  })
})

test.describe('focus goes where the next step is', () => {
  test('after Send request, to the answer', async ({ page }) => {
    await openBundled(page)
    await guide(page)
      .getByRole('button', { name: 'Use a sandbox token' })
      .click()
    await authorizePanel(page)
      .getByRole('button', { name: 'Authorize', exact: true })
      .click()
    await guide(page).getByRole('button', { name: 'Send request' }).click()
    const answer = guide(page).getByRole('region', { name: 'The answer' })
    await expect(answer).toBeFocused()
    await expect(answer).toContainText('It works')
    // What step 4 promises is in view, not folded away.
    await expect(answer.getByText('200 OK')).toBeVisible()
    await expect(answer.getByText(/^\d+ ms$/)).toBeVisible()
  })

  test('after Authorize, to the status line; after Log out, to the token field', async ({
    page,
    request,
  }) => {
    await openBundled(page)
    const panel = await openAuthorizePanel(page)
    const field = panel.getByLabel('API token')
    await field.fill(await demoToken(request, 'user', 'full'))
    await panel.getByRole('button', { name: 'Authorize', exact: true }).click()
    const status = panel.getByText(/^Authorized as Demo User/)
    await expect(status).toBeFocused()
    await expect(
      panel.getByText('Verified with GET /v0.1/user on Sandbox'),
    ).toBeVisible()
    // The field keeps the token, masked; Show reveals it.
    await expect(field).toHaveAttribute('type', 'password')
    await expect(field).not.toHaveValue('')

    await panel.getByRole('button', { name: 'Log out' }).click()
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('')
  })

  test('after Execute, to the server response', async ({ page }) => {
    await openBundled(page)
    await openFromIndex(page, 'GET', '/v0.1/user')
    await executeOperation(page, 'GET', '/v0.1/user')
    await expect(
      page.getByRole('region', { name: 'Server response' }),
    ).toBeFocused()
  })
})

test('a fresh page offers no Start over, and a custom base URL that is not a URL is named as such', async ({
  page,
}) => {
  await openBundled(page)
  await expect(
    guide(page).getByRole('button', { name: 'Start over' }),
  ).toHaveCount(0)
  const panel = await openAuthorizePanel(page)
  await expect(
    panel.getByText('Checked with GET /v0.1/user on Sandbox before it is kept'),
  ).toBeVisible()
  await panel.getByLabel('Custom base URL').check()
  await panel.getByRole('textbox', { name: 'Base URL' }).fill('not a url')
  await expect(
    panel.getByText(/cannot be used yet: "not a url" is not an absolute URL/),
  ).toBeVisible()
})

test('snippets have a Copy button that says it copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openBundled(page)
  // Unauthorized: a 401, whose details are open.
  await guide(page).getByRole('button', { name: 'Send request' }).click()
  await guide(page).getByRole('button', { name: 'Copy curl' }).click()
  await expect(
    guide(page).getByRole('status').filter({ hasText: 'Copied' }),
  ).toHaveCount(1)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^curl .*\/sandbox\/v0\.1\/user/,
  )

  await openFromIndex(page, 'GET', '/v0.1/user')
  const block = await executeOperation(page, 'GET', '/v0.1/user')
  await expect(
    block.getByRole('button', { name: 'Copy cURL (bash)' }),
  ).toBeVisible()
  await expect(
    block.getByRole('button', { name: 'Copy the response' }),
  ).toBeVisible()
})
