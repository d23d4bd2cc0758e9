import path from 'node:path'
import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  indexEntry,
  loadByUrl,
  openBundled,
  operation,
} from './support/explorer'
import { APP_ORIGIN, FIXTURE_ORIGIN, fixturesDir } from './support/paths'
import { readFileSync } from 'node:fs'

test('loads a Swagger 2.0 JSON description by URL and goes back to the bundled one', async ({
  page,
}) => {
  await openBundled(page)
  await loadByUrl(page, `${FIXTURE_ORIGIN}/fixtures/kennel-api.swagger2.json`)
  await expect(descriptionStatus(page)).toContainText(
    'Kennel API (fixture) (Swagger 2.0, 1 operations)',
  )
  await expect(operation(page, 'GET', '/dogs')).toBeVisible()
  await page
    .getByRole('button', { name: 'Back to the App Center description' })
    .click()
  await expect(indexEntry(page, 'GET', '/v0.1/user')).toBeVisible()
  expect(new URL(page.url()).searchParams.has('url')).toBe(false)
})

test('loads an OpenAPI 3.1 YAML description dropped on the page', async ({
  page,
}) => {
  await openBundled(page)
  const text = readFileSync(
    path.join(fixturesDir, 'notes-api.openapi31.yaml'),
    'utf8',
  )
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(
      new File([content], 'notes-api.openapi31.yaml', {
        type: 'application/yaml',
      }),
    )
    return transfer
  }, text)
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await expect(
    page.getByText('Drop the file to load it as the description'),
  ).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer })
  await expect(descriptionStatus(page)).toContainText(
    'Notes API (fixture) (OpenAPI 3.1, 1 operations) from notes-api.openapi31.yaml',
  )
  await expect(operation(page, 'GET', '/notes')).toBeVisible()
})

test('a same-origin ?url= loads without asking', async ({ page }) => {
  await page.goto('/?url=/openapi.yaml')
  await expect(descriptionStatus(page)).toContainText(
    `App Center API (OpenAPI 3.0, 355 operations) from ${APP_ORIGIN}/openapi.yaml`,
  )
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
})
