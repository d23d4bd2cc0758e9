import { expect, test, type Page } from '@playwright/test'
import { executeOperation, openFromIndex } from './support/explorer'
import {
  authorizeAsDemoUser,
  authorizeWithDemoToken,
  openAuthorizePanel,
} from './support/session'

async function tryUserProfile(page: Page) {
  await page.goto('/')
  await openFromIndex(page, 'GET', '/v0.1/user')
}

test.describe('a try-it-out answer that is not a success is explained in plain words', () => {
  test('401 without a token', async ({ page }) => {
    await tryUserProfile(page)
    const block = await executeOperation(page, 'GET', '/v0.1/user')
    const explanation = block.locator('.try-it-out-explanation')
    await expect(explanation.getByRole('alert')).toContainText(
      'Not authorized: no API token was sent',
    )
    await expect(explanation).toContainText('Authorize first')
  })

  test('403 for an app token on a call about the user', async ({ page }) => {
    await tryUserProfile(page)
    await authorizeWithDemoToken(
      page,
      /Use: App token for .*, full access/,
      /Authorized/,
    )
    const block = await executeOperation(page, 'GET', '/v0.1/user')
    await expect(
      block.locator('.try-it-out-explanation').getByRole('alert'),
    ).toContainText('Forbidden: an app token cannot make this call')
  })

  test('a success is left to Swagger UI’s own response', async ({ page }) => {
    await tryUserProfile(page)
    await authorizeAsDemoUser(page)
    const block = await executeOperation(page, 'GET', '/v0.1/user')
    await expect(
      block
        .locator('.live-responses-table')
        .getByText('"display_name": "Demo User"'),
    ).toBeVisible()
    await expect(block.locator('.try-it-out-explanation')).toHaveCount(0)
  })
})

test('the first screen says App Center is retired and where calls go', async ({
  page,
}) => {
  await page.goto('/')
  const guide = page.getByRole('region', { name: 'Make your first call' })
  await expect(guide).toContainText(
    'App Center was retired in March 2025. Calls from this page go to the built-in sandbox',
  )
  const panel = await openAuthorizePanel(page)
  await panel.getByLabel('App Center production').check()
  for (const place of [panel, guide])
    await expect(place).toContainText(
      'Only an App Center-compatible server of your own still does',
    )
})
