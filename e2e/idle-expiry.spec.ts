import { expect, test } from '@playwright/test'
import { openBundled } from './support/explorer'
import {
  authorizeAsDemoUser,
  headerAuthorizeButton,
  openAuthorizePanel,
  persistentStorage,
} from './support/session'

test('an idle token is forgotten after the chosen time, with a notice first', async ({
  page,
}) => {
  await page.clock.install()
  await openBundled(page)
  const panel = await openAuthorizePanel(page)
  await panel.getByText('Where the token is kept').click()
  await panel.getByLabel('Forget the token after').selectOption('5')
  await authorizeAsDemoUser(page)

  await page.clock.fastForward('04:10')
  // Polite, not an alert: a countdown read out at every change would drown the page.
  const warning = page
    .getByRole('status')
    .filter({ hasText: 'your API token will be forgotten in less than' })
  await expect(warning).toBeVisible()

  // Staying active pushes expiry back.
  await warning.getByRole('button', { name: 'Keep the token' }).click()
  await expect(warning).toBeHidden()
  await page.clock.fastForward('04:10')
  await expect(warning).toBeVisible()

  await page.clock.fastForward('01:00')
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'was forgotten after 5 minutes without activity' }),
  ).toBeVisible()
  await expect(headerAuthorizeButton(page)).toHaveText('Authorize')
  expect((await persistentStorage(page)).sessionStorage).not.toContain(
    '"token":"',
  )
})
