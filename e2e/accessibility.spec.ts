import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  descriptionStatus,
  loadByUrl,
  openBundled,
  openFromIndex,
  openOperationBlock,
} from './support/explorer'
import { FIXTURE_ORIGIN, hasRealSpec, realSpecPath } from './support/paths'
import { authorizePanel, headerAuthorizeButton } from './support/session'

const realUrl = `${FIXTURE_ORIGIN}/real/appcenter.swagger.json`

/** What axe finds at the two worst levels, as lines that name the rule and the elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter(
      (violation) =>
        violation.impact === 'critical' || violation.impact === 'serious',
    )
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(
            ' | ',
          )}${violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5})` : ''}`,
    )
}

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([])
}

async function authorizeWithSandboxToken(page: Page) {
  await page
    .getByRole('region', { name: 'Make your first call' })
    .getByRole('button', { name: 'Use a sandbox token' })
    .click()
  await authorizePanel(page)
    .getByRole('button', { name: 'Authorize', exact: true })
    .click()
  await expect(authorizePanel(page)).toBeHidden()
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe finds nothing critical or serious, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the first screen', async ({ page }) => {
      await openBundled(page)
      await expect(page.locator('html')).toHaveAttribute(
        'data-theme',
        colorScheme,
      )
      await expectNoSeriousViolations(page)
    })

    test('the Authorize panel', async ({ page }) => {
      await openBundled(page)
      await headerAuthorizeButton(page).click()
      await expect(authorizePanel(page).getByLabel('API token')).toBeFocused()
      await expectNoSeriousViolations(page)
    })

    test('a successful first call', async ({ page }) => {
      await openBundled(page)
      await authorizeWithSandboxToken(page)
      const guide = page.getByRole('region', { name: 'Make your first call' })
      await guide.getByRole('button', { name: 'Send request' }).click()
      await expect(
        guide.getByText('It works: you are authorized as Demo User'),
      ).toBeVisible()
      await expectNoSeriousViolations(page)
    })

    test('an operation opened from the index and tried out', async ({
      page,
    }) => {
      await openBundled(page)
      await authorizeWithSandboxToken(page)
      await openFromIndex(page, 'GET', '/v0.1/user')
      const block = openOperationBlock(page, 'GET', '/v0.1/user')
      await block.getByRole('button', { name: 'Try it out' }).click()
      await block.getByRole('button', { name: 'Execute' }).click()
      await expect(
        block.locator('.live-responses-table tbody .response-col_status'),
      ).toContainText('200')
      await expectNoSeriousViolations(page)
    })

    test("the real description's Overview", async ({ page }) => {
      test.skip(
        !hasRealSpec,
        `The real description is not at ${realSpecPath}; this test needs it.`,
      )
      await openBundled(page)
      await loadByUrl(page, realUrl)
      await expect(descriptionStatus(page)).toContainText('355 operations', {
        timeout: 30_000,
      })
      await expect(
        page.getByRole('region', { name: 'API reference' }).locator('.info'),
      ).toBeVisible()
      await expectNoSeriousViolations(page)
    })
  })
}
