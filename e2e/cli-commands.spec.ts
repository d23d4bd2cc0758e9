import { expect, test, type Page } from '@playwright/test'
import { openBundled, openOperationBlock, operation } from './support/explorer'
import { authorizeAsDemoUser } from './support/session'

const APP_PATH = '/v0.1/apps/{owner_name}/{app_name}'

async function openedCliCommand(page: Page, method: string, path: string) {
  const summary = operation(page, method, path)
  if ((await summary.getAttribute('aria-expanded')) !== 'true')
    await summary.click()
  return openOperationBlock(page, method, path).getByRole('region', {
    name: 'App Center CLI',
  })
}

test('an opened operation shows its App Center CLI command, with the chosen app, and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openBundled(page)

  // Before an app is chosen: placeholders to replace.
  const getApp = await openedCliCommand(page, 'GET', APP_PATH)
  await expect(getApp.locator('code')).toHaveText(
    'appcenter apps show --app <owner_name>/<app_name>',
  )
  await expect(getApp.getByRole('status')).toHaveText(
    'Choose an app in the first-call guide to fill in --app.',
  )
  const listApps = await openedCliCommand(page, 'GET', '/v0.1/apps')
  await expect(listApps.locator('code')).toHaveText('appcenter apps list')

  // The app chosen in the first-call guide is filled in, in the open operation too.
  await authorizeAsDemoUser(page)
  const flow = page.getByRole('region', { name: 'Make your first call' })
  await flow
    .getByLabel('App Center app URL')
    .fill('https://appcenter.ms/users/demo-user/apps/hello-android')
  await flow.getByRole('button', { name: 'Get owner and app' }).click()
  await expect(getApp.locator('code')).toHaveText(
    'appcenter apps show --app demo-user/hello-android',
  )

  await getApp.getByRole('button', { name: 'Copy command' }).click()
  await expect(getApp.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'appcenter apps show --app demo-user/hello-android',
  )
})

test('the first-call guide names the same command for listing apps', async ({
  page,
}) => {
  await page.goto('/')
  await authorizeAsDemoUser(page)
  const flow = page.getByRole('region', { name: 'Make your first call' })
  await expect(
    flow.getByText(/list the apps this token can reach, as/),
  ).toContainText('appcenter apps list')
})
