import { expect, test } from '@playwright/test'
import { authorizeAsDemoUser } from './support/session'
import { executeAgain, tryItOut } from './support/try-it-out'

const APP = { owner_name: 'demo-user', app_name: 'hello-android' }

interface BuildAnswer {
  id: number
  status: string
  result?: string
}

test('Build: queue a build on main and watch it complete', async ({ page }) => {
  await page.goto('/')
  await authorizeAsDemoUser(page)

  const queued = await tryItOut(
    page,
    'POST',
    '/v0.1/apps/{owner_name}/{app_name}/branches/{branch}/builds',
    { params: { ...APP, branch: 'main' }, body: {} },
  )
  expect(queued.status).toBe(200)
  const build = queued.json as BuildAnswer
  expect(build.status).toBe('notStarted')

  const path = '/v0.1/apps/{owner_name}/{app_name}/builds/{build_id}'
  const first = await tryItOut(page, 'GET', path, {
    params: { ...APP, build_id: String(build.id) },
  })
  const seen = new Set([(first.json as BuildAnswer).status])
  // Press Execute again until the build says it is done, as a user would.
  await expect
    .poll(
      async () => {
        const answer = (await executeAgain(
          page,
          first.block,
          'GET',
        )) as BuildAnswer
        seen.add(answer.status)
        return answer.status
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe('completed')
  expect(seen.has('completed')).toBe(true)
  await expect(first.block.locator('.live-responses-table')).toContainText(
    '"result": "succeeded"',
  )

  const logs = await tryItOut(
    page,
    'GET',
    '/v0.1/apps/{owner_name}/{app_name}/builds/{build_id}/logs',
    { params: { ...APP, build_id: String(build.id) } },
  )
  expect((logs.json as { value: string[] }).value.join('\n')).toContain(
    'BUILD SUCCESSFUL',
  )
})
