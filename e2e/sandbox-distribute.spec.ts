import { expect, test } from '@playwright/test'
import { authorizeAsDemoUser } from './support/session'
import { tryItOut } from './support/try-it-out'

const APP = { owner_name: 'demo-user', app_name: 'hello-android' }
const GROUPS = '/v0.1/apps/{owner_name}/{app_name}/distribution_groups'

test('Distribute: create a group, add a tester, send it a release, and find the group among the release’s destinations', async ({
  page,
}, testInfo) => {
  // The sandbox outlives one test run; a fresh name keeps runs apart.
  const name = `Field testers ${testInfo.workerIndex}-${Date.now()}`
  await page.goto('/')
  await authorizeAsDemoUser(page)

  const created = await tryItOut(page, 'POST', GROUPS, {
    params: APP,
    body: { name },
  })
  expect(created.status).toBe(201)
  const group = created.json as { id: string; name: string }
  expect(group.name).toBe(name)

  const added = await tryItOut(
    page,
    'POST',
    `${GROUPS}/{distribution_group_name}/members`,
    {
      params: { ...APP, distribution_group_name: name },
      body: { user_emails: ['eli@example.com'] },
    },
  )
  expect(added.status).toBe(200)
  await expect(added.block.locator('.live-responses-table')).toContainText(
    'eli@example.com',
  )

  const sent = await tryItOut(
    page,
    'POST',
    '/v0.1/apps/{owner_name}/{app_name}/releases/{release_id}/groups',
    { params: { ...APP, release_id: '3' }, body: { id: group.id } },
  )
  expect(sent.status).toBe(201)

  const release = await tryItOut(
    page,
    'GET',
    '/v0.1/apps/{owner_name}/{app_name}/releases/{release_id}',
    { params: { ...APP, release_id: '3' } },
  )
  expect(release.status).toBe(200)
  const destinations = (release.json as { destinations: { name: string }[] })
    .destinations
  expect(destinations.map((d) => d.name)).toContain(name)
  await expect(release.block.locator('.live-responses-table')).toContainText(
    name,
  )
})
