import { expect, test, type Page } from '@playwright/test'
import { executeOperation, openBundled } from './support/explorer'
import { APP_ORIGIN } from './support/paths'
import {
  authorizeAsDemoUser,
  demoToken,
  persistentStorage,
} from './support/session'

function history(page: Page) {
  return page.getByRole('region', { name: 'History' })
}

function entries(page: Page) {
  return history(page).getByRole('listitem')
}

async function openHistory(page: Page) {
  const button = page
    .getByRole('banner')
    .getByRole('button', { name: 'History' })
  if ((await button.getAttribute('aria-expanded')) !== 'true')
    await button.click()
  await expect(history(page)).toBeVisible()
}

test('first calls and try-it-out calls are kept, opened, run again, copied as curl and cleared; the token never is', async ({
  page,
  context,
  request,
}) => {
  const token = await demoToken(request, 'user', 'full')
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openBundled(page)
  await authorizeAsDemoUser(page)

  const guide = page.getByRole('region', { name: 'Make your first call' })
  await guide.getByRole('button', { name: 'Send request' }).click()
  await expect(
    guide.getByText('It works: you are authorized as Demo User'),
  ).toBeVisible()
  const block = await executeOperation(page, 'GET', '/v0.1/apps')
  await expect(block.locator('.live-responses-table')).toBeVisible()

  await openHistory(page)
  await expect(entries(page)).toHaveCount(2)
  // Newest first: the try-it-out call, then the first call.
  const apps = entries(page).nth(0)
  const user = entries(page).nth(1)
  await expect(apps).toContainText(`GET ${APP_ORIGIN}/sandbox/v0.1/apps`)
  await expect(apps).toContainText('200')
  await expect(apps).toContainText('try it out')
  await expect(user).toContainText(`GET ${APP_ORIGIN}/sandbox/v0.1/user`)
  await expect(user).toContainText(/200 OK .*\d+ ms · \d/)
  await expect(user).toContainText('first call')

  // Opens to its request and response.
  await user.getByRole('button', { name: /^GET / }).click()
  await expect(user.getByLabel('Request headers')).toContainText(
    'X-API-Token: $APPCENTER_API_TOKEN',
  )
  await expect(user.getByLabel('Response headers')).toContainText(
    'content-type: application/json',
  )
  await expect(user.getByLabel('Response body')).toContainText(
    '"name":"demo-user"',
  )

  // Copy as curl: the token as the shell variable.
  await user.getByRole('button', { name: 'Copy as curl' }).click()
  await expect(user.getByRole('status')).toHaveText('Copied the curl command.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`curl '${APP_ORIGIN}/sandbox/v0.1/user'`)
  expect(copied).toContain('-H "X-API-Token: $APPCENTER_API_TOKEN"')
  expect(copied).not.toContain(token)

  // Run again: the same call, with the session's token, to the authorized target.
  const resent = page.waitForRequest(
    (sent) =>
      sent.url() === `${APP_ORIGIN}/sandbox/v0.1/user` &&
      sent.headers()['x-api-token'] === token,
  )
  await user.getByRole('button', { name: 'Run again' }).click()
  await resent
  await expect(entries(page)).toHaveCount(3)
  await expect(entries(page).nth(0)).toContainText(
    `GET ${APP_ORIGIN}/sandbox/v0.1/user`,
  )
  await expect(entries(page).nth(0)).toContainText('200')

  // The token is nowhere in the history: not on the page, not in the tab's storage.
  expect(await page.content()).not.toContain(token)
  const stored = await persistentStorage(page)
  expect(stored.sessionStorage).toContain('/sandbox/v0.1/apps')
  expect(stored.localStorage).not.toContain('/sandbox/v0.1/')
  const historyKey = await page.evaluate(
    () => sessionStorage.getItem('appcenter-explorer:history') ?? '',
  )
  expect(historyKey).not.toContain(token)

  // It lives as long as the tab: a reload keeps it.
  await page.reload()
  await openHistory(page)
  await expect(entries(page)).toHaveCount(3)
  await expect(entries(page).nth(2)).toContainText(
    `GET ${APP_ORIGIN}/sandbox/v0.1/user`,
  )

  await history(page).getByRole('button', { name: 'Clear' }).click()
  await expect(entries(page)).toHaveCount(0)
  await expect(history(page).getByText('No calls yet.')).toBeVisible()
  await page.reload()
  await openHistory(page)
  await expect(entries(page)).toHaveCount(0)
})
