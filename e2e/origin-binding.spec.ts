import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  executeOperation,
  loadByUrl,
  openBundled,
  openFromIndex,
  operation,
} from './support/explorer'
import { FIXTURE_ORIGIN, ORIGIN_OUTSIDE_POLICY } from './support/paths'
import {
  authorizeAsDemoUser,
  carries,
  chooseCustomTarget,
  demoTokens,
  watchForLeaks,
} from './support/session'

test('a description whose servers name another origin never sends it the token, and says why', async ({
  page,
  request,
}) => {
  const tokens = (await demoTokens(request)).map((t) => t.value)
  const watch = watchForLeaks(page)
  await openBundled(page)
  await authorizeAsDemoUser(page)
  await loadByUrl(
    page,
    `${FIXTURE_ORIGIN}/fixtures/elsewhere-api.openapi30.json`,
  )
  await expect(descriptionStatus(page)).toContainText('Elsewhere API (fixture)')
  await expect(page.getByText('Try-it-out calls go to Sandbox')).toBeVisible()
  // Changing description does not carry the token to the servers it names, and says so.
  await expect(
    page.getByRole('alert').filter({ hasText: 'This description names' }),
  ).toContainText(
    `${FIXTURE_ORIGIN}/elsewhere/document-level. Try-it-out calls go to`,
  )

  // Under the document-level server: re-based onto the authorized sandbox.
  const userBlock = await executeOperation(page, 'GET', '/v0.1/user')
  await expect(
    userBlock
      .locator('.live-responses-table')
      .getByText('"display_name": "Demo User"'),
  ).toBeVisible()
  await expect(userBlock.locator('.request-url')).toContainText(
    '/sandbox/v0.1/user',
  )
  await operation(page, 'GET', '/v0.1/user').click()

  // An operation-level server on another origin: sent there without the token.
  const collectBlock = await executeOperation(page, 'GET', '/collect')
  await expect(collectBlock.locator('.live-responses-table')).toContainText(
    '/elsewhere/operation-level/collect',
  )
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'sent without your credentials' }),
  ).toContainText(`it goes to ${FIXTURE_ORIGIN}, and your token is only for`)

  const sent = await watch.settled()
  for (const seen of sent.filter((r) => r.url.startsWith(FIXTURE_ORIGIN))) {
    for (const token of tokens)
      expect(carries(seen, token), `token sent to ${seen.url}`).toBe(false)
  }
  const reached = (await (
    await request.get(`${FIXTURE_ORIGIN}/__received`)
  ).json()) as Array<{ headers: object }>
  for (const token of tokens)
    expect(JSON.stringify(reached)).not.toContain(token)
})

test('a Swagger 2.0 description naming another host is re-based onto the sandbox', async ({
  page,
}) => {
  const watch = watchForLeaks(page)
  await openBundled(page)
  await authorizeAsDemoUser(page)
  await loadByUrl(page, `${FIXTURE_ORIGIN}/fixtures/kennel-api.swagger2.json`)
  const block = await executeOperation(page, 'GET', '/dogs')
  await expect(block.locator('.request-url')).toContainText(
    `${new URL(page.url()).origin}/sandbox/dogs`,
  )
  await expect(block.locator('.live-responses-table')).toContainText('404')
  const sent = await watch.settled()
  expect(sent.filter((r) => r.url.includes('/kennel/'))).toEqual([])
})

test("a try-it-out call this page's security policy stops is named as such above Swagger UI", async ({
  page,
}) => {
  await openBundled(page)
  const panel = await chooseCustomTarget(page, ORIGIN_OUTSIDE_POLICY)
  await panel.getByRole('button', { name: 'Close the Authorize panel' }).click()
  await openFromIndex(page, 'GET', '/v0.1/user')
  const block = await executeOperation(page, 'GET', '/v0.1/user')
  await expect(block.locator('.request-url')).toContainText(
    `${ORIGIN_OUTSIDE_POLICY}/v0.1/user`,
  )
  await expect(
    page.getByRole('alert').filter({ hasText: 'Try it out:' }),
  ).toContainText(
    `This page's security policy does not allow requests to ${ORIGIN_OUTSIDE_POLICY}`,
  )
})
