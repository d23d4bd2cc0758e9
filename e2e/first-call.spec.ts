import { expect, test, type Locator, type Page } from '@playwright/test'
import { APP_ORIGIN } from './support/paths'

function guide(page: Page): Locator {
  return page.getByRole('region', { name: 'Make your first call' })
}

test('a newcomer makes a first call in the sandbox in three clicks', async ({
  page,
}) => {
  let clicks = 0
  const click = async (target: Locator) => {
    clicks++
    await target.click()
  }
  await page.goto('/')
  const flow = guide(page)
  await expect(
    flow.getByRole('heading', { name: 'Make your first call' }),
  ).toBeVisible()

  await click(flow.getByRole('button', { name: 'Use a sandbox token' }))
  const panel = page.getByRole('dialog', { name: 'Authorize' })
  await expect(panel.getByLabel('API token')).not.toHaveValue('')
  await click(panel.getByRole('button', { name: 'Authorize', exact: true }))
  await expect(panel).toBeHidden()
  await click(flow.getByRole('button', { name: 'Send request' }))

  await expect(
    flow.getByText('It works: you are authorized as Demo User'),
  ).toBeVisible()
  expect(clicks).toBe(3)
  // The profile, each field with what it means.
  await expect(flow.getByText('display_name: Demo User')).toBeVisible()
  await expect(
    flow.getByText('it is the owner_name of the apps you own yourself'),
  ).toBeVisible()
  // The request as sent, with the token masked, and what came back.
  await flow.getByText('Request and response').click()
  await expect(
    flow.getByText(`GET ${APP_ORIGIN}/sandbox/v0.1/user`),
  ).toBeVisible()
  await expect(
    flow.getByText('X-API-Token: $APPCENTER_API_TOKEN').first(),
  ).toBeVisible()
  await expect(flow.getByLabel('curl command')).toContainText(
    '-H "X-API-Token: $APPCENTER_API_TOKEN"',
  )
  await expect(flow.getByText(/^\d+ ms$/)).toBeVisible()
  await expect(flow.getByText('200 OK')).toBeVisible()
  await expect(flow.getByLabel('Response body')).toContainText(
    '"name": "demo-user"',
  )
})

test('progress survives a reload of the tab, and the guide can be hidden, reopened and restarted', async ({
  page,
}) => {
  await page.goto('/')
  const flow = guide(page)
  await flow.getByRole('button', { name: 'Use a sandbox token' }).click()
  await page
    .getByRole('dialog', { name: 'Authorize' })
    .getByRole('button', { name: 'Authorize', exact: true })
    .click()
  await flow.getByRole('button', { name: 'Send request' }).click()
  await expect(flow.getByText('It works')).toBeVisible()

  await page.reload()
  await expect(
    flow.getByText('Your first call worked: it answered as Demo User.'),
  ).toBeVisible()

  await flow.getByRole('button', { name: 'Hide this guide' }).click()
  await expect(flow).toBeHidden()
  await page.reload()
  await expect(flow).toBeHidden()
  await page
    .getByRole('banner')
    .getByRole('button', { name: 'First call guide' })
    .click()
  await expect(flow).toBeVisible()

  await flow.getByRole('button', { name: 'Start over' }).click()
  await expect(flow.getByText('Your first call worked')).toBeHidden()
})
