import { expect, test, type Page } from '@playwright/test'
import { openFromIndex, openOperationBlock } from './support/explorer'
import { authorizeAsDemoUser } from './support/session'

function guide(page: Page) {
  return page.getByRole('region', { name: 'Make your first call' })
}

/**
 * Opens GET /v0.1/apps/{owner_name}/{app_name} in try-it-out mode, checks
 * that the chosen app filled its parameters, and runs it against the sandbox.
 */
async function expectGetAppFilledAndWorking(
  page: Page,
  owner: string,
  app: string,
) {
  const path = '/v0.1/apps/{owner_name}/{app_name}'
  await openFromIndex(page, 'GET', path)
  const block = openOperationBlock(page, 'GET', path)
  await block.getByRole('button', { name: 'Try it out' }).click()
  await expect(
    block.locator('tr[data-param-name="owner_name"] input'),
  ).toHaveValue(owner)
  await expect(
    block.locator('tr[data-param-name="app_name"] input'),
  ).toHaveValue(app)
  await block.getByRole('button', { name: 'Execute' }).click()
  await expect(block.locator('.live-responses-table')).toContainText(
    `"name": "${app}"`,
  )
}

test('owner and app from a pasted portal URL fill Swagger UI, and the call succeeds', async ({
  page,
}) => {
  await page.goto('/')
  await authorizeAsDemoUser(page)
  const flow = guide(page)
  await flow
    .getByLabel('App Center app URL')
    .fill(
      'https://www.appcenter.ms/users/demo-user/apps/hello-android/distribute/releases?tab=all#top',
    )
  await flow.getByRole('button', { name: 'Get owner and app' }).click()
  await expect(
    flow.getByText('owner_name = demo-user, app_name = hello-android'),
  ).toBeVisible()

  await expectGetAppFilledAndWorking(page, 'demo-user', 'hello-android')

  // The suggested next call runs in the guide.
  await flow
    .getByRole('button', {
      name: 'Next call: list the users of demo-user/hello-android',
    })
    .click()
  await expect(flow.getByText(/ana@example\.com/).first()).toBeAttached()
})

test('an URL that is not an app URL is explained', async ({ page }) => {
  await page.goto('/')
  const flow = guide(page)
  await flow
    .getByLabel('App Center app URL')
    .fill('https://appcenter.ms/orgs/contoso')
  await flow.getByRole('button', { name: 'Get owner and app' }).click()
  await expect(flow.getByRole('alert')).toContainText(
    'https://appcenter.ms/users/',
  )
})

test('owner and app picked from the apps list fill Swagger UI, and the call succeeds', async ({
  page,
}) => {
  await page.goto('/')
  await authorizeAsDemoUser(page)
  const flow = guide(page)
  await flow.getByRole('button', { name: 'List my apps' }).click()
  const apps = flow.getByRole('list', { name: 'Your apps' })
  await expect(apps.getByText('contoso/contoso-shop')).toBeVisible()
  await apps.getByRole('button', { name: 'Use contoso/contoso-shop' }).click()
  await expect(
    flow.getByText('owner_name = contoso, app_name = contoso-shop'),
  ).toBeVisible()

  await expectGetAppFilledAndWorking(page, 'contoso', 'contoso-shop')
})
