import { expect, test, type Page } from '@playwright/test'
import {
  executeOperation,
  openBundled,
  openFromIndex,
} from './support/explorer'
import {
  authorizePanel,
  authorizeWithDemoToken,
  carries,
  chooseCustomTarget,
  demoToken,
  headerAuthorizeButton,
  openAuthorizePanel,
  persistentStorage,
  watchForLeaks,
} from './support/session'
import { ORIGIN_OUTSIDE_POLICY } from './support/paths'

async function expectNowhereButSessionStorage(
  page: Page,
  token: string,
  inSession: boolean,
) {
  const storage = await persistentStorage(page)
  expect(storage.localStorage).not.toContain(token)
  expect(storage.cookies).not.toContain(token)
  expect(storage.indexedDbNames).toEqual([])
  expect(storage.sessionStorage.includes(token)).toBe(inSession)
  expect(page.url()).not.toContain(token)
  expect(await page.context().cookies()).toEqual([])
}

test('a sandbox token authorizes try-it-out calls, survives a reload, and is forgotten on log out', async ({
  page,
  request,
}) => {
  const token = await demoToken(request, 'user', 'full')
  const watch = watchForLeaks(page)

  await openBundled(page)
  await authorizeWithDemoToken(
    page,
    /Use: User token, full access/,
    /Authorized as Demo User \(user token, full access\)/,
  )
  await expect(headerAuthorizeButton(page)).toHaveText('Authorized: Demo User')
  await expectNowhereButSessionStorage(page, token, true)

  // The bundled description is shown a tag at a time: the index opens it.
  await openFromIndex(page, 'GET', '/v0.1/user')
  // Swagger UI shows the scheme as authorized without its own dialog.
  await expect(
    page.getByRole('button', { name: 'authorization button locked' }).first(),
  ).toBeVisible()

  const block = await executeOperation(page, 'GET', '/v0.1/user')
  const response = block.locator('.live-responses-table')
  await expect(response.getByText('"display_name": "Demo User"')).toBeVisible()
  const snippet = block.locator('.request-snippets')
  await expect(snippet).toContainText('"X-API-Token: $APPCENTER_API_TOKEN"')
  await expect(snippet).not.toContainText(token)

  await page.reload()
  await expect(headerAuthorizeButton(page)).toHaveText('Authorized: Demo User')
  const again = await executeOperation(page, 'GET', '/v0.1/user')
  await expect(
    again
      .locator('.live-responses-table')
      .getByText('"display_name": "Demo User"'),
  ).toBeVisible()
  await expectNowhereButSessionStorage(page, token, true)

  const panel = await openAuthorizePanel(page)
  await panel.getByRole('button', { name: 'Log out' }).click()
  await expect(panel.getByText('Not authorized')).toBeVisible()
  await expect(headerAuthorizeButton(page)).toHaveText('Authorize')
  await expectNowhereButSessionStorage(page, token, false)
  await expect(
    page.getByRole('button', { name: 'authorization button unlocked' }).first(),
  ).toBeVisible()

  // Logged out, a call goes without a token and the sandbox says so.
  await panel.getByRole('button', { name: 'Close the Authorize panel' }).click()
  const loggedOut = await executeOperation(page, 'GET', '/v0.1/user')
  await expect(loggedOut.locator('.live-responses-table')).toContainText('401')

  const requests = await watch.settled()
  const appOrigin = new URL(page.url()).origin
  for (const sent of requests) {
    const url = new URL(sent.url)
    if (carries(sent, token)) {
      expect(url.origin, `token sent to ${sent.url}`).toBe(appOrigin)
      expect(
        url.pathname.startsWith('/sandbox/'),
        `token sent to ${sent.url}`,
      ).toBe(true)
      expect(url.href).not.toContain(token)
    }
  }
  expect(
    requests.filter((sent) => carries(sent, token)).length,
  ).toBeGreaterThanOrEqual(3)
  expect(
    watch.consoleMessages.filter((message) => message.includes(token)),
  ).toEqual([])
})

test('in memory-only mode the token never reaches sessionStorage and a reload forgets it', async ({
  page,
  request,
}) => {
  const readOnly = await demoToken(request, 'user', 'read_only')
  await openBundled(page)
  const panel = await openAuthorizePanel(page)
  await panel.getByText('Where the token is kept').click()
  await panel.getByLabel('In memory only (gone on reload)').check()
  await authorizeWithDemoToken(
    page,
    /Use: User token, read-only/,
    /Authorized as Demo User \(user token, read-only\)/,
  )
  await expectNowhereButSessionStorage(page, readOnly, false)
  await page.reload()
  await expect(headerAuthorizeButton(page)).toHaveText('Authorize')
})

test('an app token is recognised as scoped to its app', async ({ page }) => {
  await openBundled(page)
  await authorizeWithDemoToken(
    page,
    /Use: App token for demo-user\/hello-android, full access/,
    /app token, full access: valid, but scoped to one app, demo-user\/hello-android/,
  )
})

test('a typed token is verified: a wrong one is refused and never kept', async ({
  page,
}) => {
  await openBundled(page)
  const panel = await openAuthorizePanel(page)
  const field = panel.getByLabel('API token')
  await expect(field).toHaveAttribute('type', 'password')
  await field.fill('0123456789abcdef0123456789abcdef01234567')
  await panel.getByRole('button', { name: 'Show' }).click()
  await expect(field).toHaveAttribute('type', 'text')
  await panel.getByRole('button', { name: 'Authorize', exact: true }).click()
  await expect(panel.getByRole('alert')).toContainText(
    'The token was not accepted (401)',
  )
  expect((await persistentStorage(page)).sessionStorage).not.toContain(
    '0123456789abcdef',
  )
  await expect(headerAuthorizeButton(page)).toHaveText('Authorize')
})

test("a token for a target this page's security policy does not list is not sent, and the panel says why", async ({
  page,
}) => {
  await openBundled(page)
  const panel = await chooseCustomTarget(page, ORIGIN_OUTSIDE_POLICY)
  await panel
    .getByLabel('API token')
    .fill('0123456789abcdef0123456789abcdef01234567')
  await panel.getByRole('button', { name: 'Authorize', exact: true }).click()
  await expect(panel.getByRole('alert')).toContainText(
    `This page's security policy does not allow requests to ${ORIGIN_OUTSIDE_POLICY}`,
  )
  await expect(headerAuthorizeButton(page)).toHaveText('Authorize')
})

test('an App Secret pasted as a token gets its own warning', async ({
  page,
}) => {
  await openBundled(page)
  const panel = await openAuthorizePanel(page)
  await panel
    .getByLabel('API token')
    .fill('9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d')
  await expect(panel.getByRole('alert')).toContainText(
    'This looks like an App Secret',
  )
  await expect(
    panel.getByRole('button', { name: 'Authorize', exact: true }),
  ).toBeDisabled()
})

test('the panel opens from the keyboard and Escape returns focus to the header', async ({
  page,
}) => {
  await openBundled(page)
  await headerAuthorizeButton(page).focus()
  await page.keyboard.press('Enter')
  await expect(authorizePanel(page).getByLabel('API token')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(authorizePanel(page)).toBeHidden()
  await expect(headerAuthorizeButton(page)).toBeFocused()
})
