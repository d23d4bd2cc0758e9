import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  executeOperation,
  indexEntry,
  openBundled,
  openFromIndex,
  openOperationBlock,
  operation,
  operationIndex,
} from './support/explorer'
import { authorizeAsDemoUser } from './support/session'

test.describe('the bundled App Center description', () => {
  test('opens on the overview, with every area of the API in the index', async ({
    page,
  }) => {
    await openBundled(page)
    await expect(
      page.getByRole('heading', { level: 1, name: 'App Center API Explorer' }),
    ).toBeVisible()
    await expect(descriptionStatus(page)).toContainText(
      'App Center API (OpenAPI 3.0, 355 operations)',
    )
    await expect(operationIndex(page).getByRole('status')).toHaveText(
      '355 operations',
    )
    // 355 operations are shown a tag at a time; none is chosen yet.
    await expect(
      operationIndex(page).getByRole('link', { name: 'Overview' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(
      page
        .getByRole('region', { name: 'API reference' })
        .getByRole('heading', { name: /App Center API/ })
        .first(),
    ).toBeVisible()
    await expect(page.locator('.opblock')).toHaveCount(0)
    // The index is a virtual list: each area is found through the filter.
    // (Test is left out: "test" also matches the testers of Distribute.)
    const filter = operationIndex(page).getByLabel('Filter operations')
    for (const tag of [
      'Account',
      'Apps',
      'App users',
      'Organizations',
      'API tokens',
      'Distribute',
      'CodePush',
      'Build',
      'Diagnostics',
      'Analytics',
      'Push',
      'Export',
      'Alerting',
      'Billing',
      'Data subject requests',
    ]) {
      await filter.fill(tag)
      await expect(
        operationIndex(page)
          .getByRole('link', { name: new RegExp(`^${tag}\\b`) })
          .first(),
      ).toBeVisible()
    }
    await filter.fill('Distribute')
    // Choosing an area shows its operations, and only those.
    await operationIndex(page)
      .getByRole('link', { name: /^Distribute\b/ })
      .click()
    await expect(
      operation(
        page,
        'GET',
        '/v0.1/apps/{owner_name}/{app_name}/distribution_groups',
      ),
    ).toBeVisible()
    await expect(operation(page, 'GET', '/v0.1/user')).toHaveCount(0)
  })

  test('expands an operation to show its parameters and responses', async ({
    page,
  }) => {
    await openBundled(page)
    const path = '/v0.1/apps/{owner_name}/{app_name}'
    await openFromIndex(page, 'GET', path)
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
    await page.goto('/#/CodePush/codePushDeployments_list')
    const deployments = operation(
      page,
      'GET',
      '/v0.1/apps/{owner_name}/{app_name}/deployments',
    )
    await expect(deployments).toHaveAttribute('aria-expanded', 'true')
  })

  test('a first-call operation can be tried against the sandbox', async ({
    page,
  }) => {
    await openBundled(page, '/#/Apps/apps_list')
    await authorizeAsDemoUser(page)
    const block = await executeOperation(page, 'GET', '/v0.1/apps')
    await expect(block.locator('.live-responses-table')).toContainText(
      '"name": "hello-android"',
    )
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
      /^\d+ of 355 operations match$/,
    )
    await filter.fill('no such operation anywhere')
    await expect(operationIndex(page)).toContainText('No operation matches')
  })

  test('the index jumps to an operation in another area', async ({ page }) => {
    await openBundled(page, '/#/Account/users_get')
    await expect(operation(page, 'GET', '/v0.1/user')).toBeVisible()
    await operationIndex(page)
      .getByLabel('Filter operations')
      .fill('GET /v0.1/orgs/{org_name}')
    await indexEntry(page, 'GET', '/v0.1/orgs/{org_name}').click()
    const org = operation(page, 'GET', '/v0.1/orgs/{org_name}')
    await expect(org).toHaveAttribute('aria-expanded', 'true')
    // Focus follows, so the keyboard carries on from the operation.
    await expect(org).toBeFocused()
    await expect(org).toBeInViewport()
    await expect(
      indexEntry(page, 'GET', '/v0.1/orgs/{org_name}'),
    ).toHaveAttribute('aria-current', 'location')
    // One area at a time: the Account operations made way.
    await expect(operation(page, 'GET', '/v0.1/user')).toHaveCount(0)
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
