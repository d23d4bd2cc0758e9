import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  indexEntry,
  openBundled,
  openOperationBlock,
  operation,
  operationIndex,
} from './support/explorer'

test.describe('the bundled App Center description', () => {
  test('renders with its operations grouped by tag', async ({ page }) => {
    await openBundled(page)
    await expect(
      page.getByRole('heading', { level: 1, name: 'App Center API Explorer' }),
    ).toBeVisible()
    await expect(descriptionStatus(page)).toContainText(
      'App Center API (OpenAPI 3.0, 20 operations)',
    )
    for (const [method, path] of [
      ['GET', '/v0.1/user'],
      ['PATCH', '/v0.1/user'],
      ['POST', '/v0.1/apps'],
      ['DELETE', '/v0.1/apps/{owner_name}/{app_name}'],
      ['GET', '/v0.1/orgs/{org_name}/apps'],
      ['DELETE', '/v0.1/api_tokens/{api_token_id}'],
    ]) {
      await expect(operation(page, method!, path!)).toBeVisible()
    }
    for (const tag of [
      'Account',
      'Apps',
      'App users',
      'Organizations',
      'API tokens',
    ]) {
      await expect(
        page.getByRole('heading', { name: new RegExp(`^${tag}\\b`) }).first(),
      ).toBeVisible()
    }
  })

  test('expands an operation to show its parameters and responses', async ({
    page,
  }) => {
    await openBundled(page)
    const path = '/v0.1/apps/{owner_name}/{app_name}'
    const getApp = operation(page, 'GET', path)
    await getApp.click()
    await expect(getApp).toHaveAttribute('aria-expanded', 'true')
    const block = openOperationBlock(page, 'GET', path)
    await expect(
      block.getByRole('heading', { name: 'Parameters' }),
    ).toBeVisible()
    const parameters = block.locator('.parameters')
    await expect(parameters.getByText('owner_name')).toBeVisible()
    await expect(parameters.getByText('app_name')).toBeVisible()
    await expect(
      block.getByRole('heading', { name: 'Responses' }),
    ).toBeVisible()
    for (const status of ['200', '401', '404']) {
      await expect(
        block.getByRole('cell', { name: status, exact: true }),
      ).toBeVisible()
    }
    await expect(
      block.getByRole('button', { name: 'Try it out' }),
    ).toBeVisible()
  })

  test('deep links open an operation', async ({ page }) => {
    await page.goto('/#/Account/users_get')
    const getUser = operation(page, 'GET', '/v0.1/user')
    await expect(getUser).toHaveAttribute('aria-expanded', 'true')
  })

  test('the index filter narrows operations by tag, path or summary', async ({
    page,
  }) => {
    await openBundled(page)
    const filter = page.getByLabel('Filter operations')
    await filter.fill('Organizations')
    await expect(indexEntry(page, 'GET', '/v0.1/orgs/{org_name}')).toBeVisible()
    await expect(indexEntry(page, 'GET', '/v0.1/user')).toHaveCount(0)
    await expect(operationIndex(page).getByRole('status')).toHaveText(
      /^\d+ of 20 operations match$/,
    )
    await filter.fill('no such operation anywhere')
    await expect(operationIndex(page)).toContainText('No operation matches')
  })

  test('a small description is shown whole; the index jumps to an operation', async ({
    page,
  }) => {
    await openBundled(page)
    // Every tag is in Swagger UI at once, without an overview page.
    await expect(operation(page, 'POST', '/v0.1/apps')).toBeVisible()
    await expect(
      operationIndex(page).getByRole('link', { name: 'Overview' }),
    ).toHaveCount(0)
    await indexEntry(page, 'GET', '/v0.1/orgs/{org_name}').click()
    const org = operation(page, 'GET', '/v0.1/orgs/{org_name}')
    await expect(org).toHaveAttribute('aria-expanded', 'true')
    // Focus follows, so the keyboard carries on from the operation.
    await expect(org).toBeFocused()
    await expect(org).toBeInViewport()
    await expect(
      indexEntry(page, 'GET', '/v0.1/orgs/{org_name}'),
    ).toHaveAttribute('aria-current', 'location')
  })

  test('the index can be walked with the keyboard', async ({ page }) => {
    await openBundled(page)
    const filter = page.getByLabel('Filter operations')
    await filter.fill('users_get')
    await filter.press('ArrowDown')
    // The tag comes first, then its matching operation.
    await expect(
      operationIndex(page).getByRole('link', { name: /^Account/ }),
    ).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(indexEntry(page, 'GET', '/v0.1/user')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(operation(page, 'GET', '/v0.1/user')).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(new URL(page.url()).hash).toBe('#/Account/users_get')
  })

  test('the app shell has landmarks and a keyboard path to the reference', async ({
    page,
  }) => {
    await openBundled(page)
    await expect(page.getByRole('banner')).toBeVisible()
    // Exactly one main landmark: Swagger UI's own <main> is demoted to a region.
    await expect(page.getByRole('main')).toHaveCount(1)
    await expect(page.getByRole('main')).toContainText('Description URL')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to the API reference' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('region', { name: 'API reference' }),
    ).toBeFocused()
  })
})
