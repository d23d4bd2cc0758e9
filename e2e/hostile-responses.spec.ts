import path from 'node:path'
import { expect, test } from '@playwright/test'
import {
  executeOperation,
  loadFile,
  openBundled,
  openFromIndex,
} from './support/explorer'
import { guardPage } from './support/hostile'
import { FIXTURE_ORIGIN, fixturesDir } from './support/paths'
import { authorizeAsDemoUser, demoToken } from './support/session'

test.describe('hostile responses', () => {
  test.beforeEach(async ({ page }) => {
    await openBundled(page)
    await loadFile(
      page,
      path.join(fixturesDir, 'hostile', 'responses.openapi30.json'),
    )
  })

  test('an HTML response is shown as text, never rendered', async ({
    page,
  }) => {
    const guard = guardPage(page)
    const block = await executeOperation(page, 'GET', '/html')
    await expect(block.locator('.live-responses-table')).toContainText(
      '<script>window.__pwned',
    )
    await guard.expectNothingHappened({ allowedOrigins: [FIXTURE_ORIGIN] })
  })

  test('an SVG response is shown as text, never rendered', async ({ page }) => {
    const guard = guardPage(page)
    const block = await executeOperation(page, 'GET', '/svg')
    await expect(block.locator('.live-responses-table')).toContainText(
      'onload=',
    )
    await expect(block.locator('.live-responses-table svg circle')).toHaveCount(
      0,
    )
    await guard.expectNothingHappened({ allowedOrigins: [FIXTURE_ORIGIN] })
  })

  test('a huge response is cut for display, with a download, and the page stays responsive', async ({
    page,
  }) => {
    const guard = guardPage(page)
    const block = await executeOperation(page, 'GET', '/huge')
    // About 30 MB crosses loopback and is parsed once before it is cut: allow for a busy machine.
    await expect(
      block.getByText(/too large to show without freezing the page/),
    ).toBeVisible({ timeout: 60_000 })
    const download = page.waitForEvent('download')
    await block
      .getByRole('button', { name: 'Download the full response' })
      .click()
    expect((await download).suggestedFilename()).toBe('response.txt')
    await guard.expectNothingHappened({ allowedOrigins: [FIXTURE_ORIGIN] })
  })

  test('a binary response offers a download', async ({ page }) => {
    const guard = guardPage(page)
    const block = await executeOperation(page, 'GET', '/binary')
    await expect(
      block.getByRole('link', { name: 'Download file' }),
    ).toBeVisible()
    await guard.expectNothingHappened({ allowedOrigins: [FIXTURE_ORIGIN] })
  })
})

test('a redirect to another origin is not followed with the token', async ({
  page,
  request,
}) => {
  const full = await demoToken(request, 'user', 'full')
  const guard = guardPage(page)
  await openBundled(page)
  await authorizeAsDemoUser(page)
  await page.route(
    (url) => url.pathname === '/sandbox/v0.1/apps',
    (route) =>
      route.fulfill({
        status: 302,
        headers: { Location: `${FIXTURE_ORIGIN}/elsewhere/redirected` },
      }),
  )
  await openFromIndex(page, 'GET', '/v0.1/apps')
  await executeOperation(page, 'GET', '/v0.1/apps')
  await expect(
    page.getByRole('alert').filter({ hasText: 'answered with a redirect' }),
  ).toContainText('It was not followed')
  await guard.expectNothingHappened({ token: full })
})
