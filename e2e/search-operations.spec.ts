import { expect, test, type Page } from '@playwright/test'
import {
  descriptionStatus,
  indexEntry,
  loadByUrl,
  openBundled,
  operationIndex,
} from './support/explorer'
import { FIXTURE_ORIGIN, hasRealSpec, realSpecPath } from './support/paths'

/** The first operation the index lists (after its tag's heading). */
function firstListedOperation(page: Page) {
  return operationIndex(page)
    .getByRole('link', { name: /^(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS) / })
    .first()
}

const filterBox = (page: Page) =>
  operationIndex(page).getByRole('searchbox', { name: 'Filter operations' })

test('Ctrl+K focuses the filter, which ranks the exact path first and reaches parameter names', async ({
  page,
}) => {
  await openBundled(page)
  const filter = filterBox(page)
  await expect(filter).toHaveAttribute('aria-keyshortcuts', 'Control+K')
  await expect(operationIndex(page).getByText('Ctrl+K')).toBeVisible()

  await page.getByRole('heading', { level: 1 }).first().click()
  await page.keyboard.press('Control+K')
  await expect(filter).toBeFocused()
  await page.keyboard.type('user')
  await expect(firstListedOperation(page)).toHaveAccessibleName(
    /^GET \/v0\.1\/user(\s|$)/,
  )

  // Pressed again, it selects the text so that typing replaces it.
  await page.getByRole('heading', { level: 1 }).first().click()
  await page.keyboard.press('Control+K')
  await expect(filter).toBeFocused()
  await page.keyboard.type('$orderBy')
  await expect(filter).toHaveValue('$orderBy')
  // Only a parameter of GET /v0.1/apps is named so: not its path, summary or operationId.
  await expect(indexEntry(page, 'GET', '/v0.1/apps')).toBeVisible()
})

test.describe('on the real App Center description (../shared/specs)', () => {
  test.skip(
    !hasRealSpec,
    `The real description is not at ${realSpecPath}; this test needs it.`,
  )

  test('"user" lists GET /v0.1/user first', async ({ page }) => {
    await openBundled(page)
    await loadByUrl(page, `${FIXTURE_ORIGIN}/real/appcenter.swagger.json`)
    await expect(descriptionStatus(page)).toContainText('355 operations', {
      timeout: 30_000,
    })
    await page.keyboard.press('Control+K')
    await expect(filterBox(page)).toBeFocused()
    await page.keyboard.type('user')
    await expect(operationIndex(page).getByRole('status')).toHaveText(
      /of 355 operations match$/,
    )
    await expect(firstListedOperation(page)).toHaveAccessibleName(
      /^GET \/v0\.1\/user(\s|$)/,
    )
    await firstListedOperation(page).click()
    expect(new URL(page.url()).hash).toBe('#/account/users_get')
  })
})
