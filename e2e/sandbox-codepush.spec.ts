import { expect, test } from '@playwright/test'
import { authorizeAsDemoUser } from './support/session'
import { tryItOut } from './support/try-it-out'

const APP = { owner_name: 'demo-user', app_name: 'hello-android' }
const DEPLOYMENT =
  '/v0.1/apps/{owner_name}/{app_name}/deployments/{deployment_name}'

interface Update {
  label: string
  original_label?: string
  original_deployment?: string
  release_method?: string
}

test('CodePush: promote Staging to Production, then roll Production back', async ({
  page,
}) => {
  await page.goto('/')
  await authorizeAsDemoUser(page)

  const staging = await tryItOut(page, 'GET', `${DEPLOYMENT}/releases`, {
    params: { ...APP, deployment_name: 'Staging' },
  })
  const stagingLatest = (staging.json as Update[]).at(-1)
  expect(stagingLatest).toBeDefined()

  const promoted = await tryItOut(
    page,
    'POST',
    `${DEPLOYMENT}/promote_release/{promote_deployment_name}`,
    {
      params: {
        ...APP,
        deployment_name: 'Staging',
        promote_deployment_name: 'Production',
      },
      body: {},
    },
  )
  expect(promoted.status).toBe(200)
  expect(promoted.json).toMatchObject({
    original_deployment: 'Staging',
    original_label: stagingLatest?.label,
    release_method: 'Promote',
  })
  const promotedLabel = (promoted.json as Update).label

  const rolledBack = await tryItOut(
    page,
    'POST',
    `${DEPLOYMENT}/rollback_release`,
    {
      params: { ...APP, deployment_name: 'Production' },
      body: {},
    },
  )
  expect(rolledBack.status).toBe(201)
  expect(rolledBack.json).toMatchObject({ release_method: 'Rollback' })
  expect((rolledBack.json as Update).original_label).not.toBe(promotedLabel)

  const history = await tryItOut(page, 'GET', `${DEPLOYMENT}/releases`, {
    params: { ...APP, deployment_name: 'Production' },
  })
  const labels = (history.json as Update[]).map((u) => u.label)
  expect(labels.slice(-2)).toEqual([
    promotedLabel,
    (rolledBack.json as Update).label,
  ])
  await expect(history.block.locator('.live-responses-table')).toContainText(
    '"release_method": "Rollback"',
  )
})
