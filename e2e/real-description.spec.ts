import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import {
  descriptionStatus,
  executeOperation,
  indexEntry,
  loadByUrl,
  loadFile,
  openBundled,
  openFromIndex,
  operation,
  operationIndex,
} from './support/explorer'
import { authorizeAsDemoUser } from './support/session'
import { FIXTURE_ORIGIN, hasRealSpec, realSpecPath } from './support/paths'

const realUrl = `${FIXTURE_ORIGIN}/real/appcenter.swagger.json`

/**
 * GET /v0.1/user is in the "account" tag, far down a 355-operation list:
 * the index finds it, and Swagger UI shows that tag only, as a virtual list
 * (src/server/swagger-ui-virtual-list-plugin.ts).
 */
async function expectRealUserOperation(page: Page) {
  await expect(operationIndex(page).getByRole('status')).toHaveText(
    '355 operations',
  )
  await openFromIndex(page, 'GET', '/v0.1/user')
  // Its 96 operations are one virtual list: only those near the view are in the page.
  await expect(page.locator('.operations-virtual')).toHaveCount(1)
  expect(await page.locator('.opblock').count()).toBeLessThan(40)
  await expect(
    operation(page, 'GET', '/v0.1/orgs/{orgName}/billing/aggregated'),
  ).toHaveCount(0)
  expect(new URL(page.url()).hash).toBe('#/account/users_get')
}

test.describe('the real App Center description (../shared/specs)', () => {
  test.skip(
    !hasRealSpec,
    `The real description is not at ${realSpecPath}; these tests need it.`,
  )

  test('loads by URL with all 355 operations', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await openBundled(page)
    await loadByUrl(page, realUrl)
    await expect(descriptionStatus(page)).toContainText(
      '(Swagger 2.0, 355 operations)',
      { timeout: 30_000 },
    )
    await expectRealUserOperation(page)
    // The address now says what is shown, so it can be shared.
    expect(new URL(page.url()).searchParams.get('url')).toBe(realUrl)
    // Swagger UI's own reading of `users_get` logged a "Deprecated: escaping deep link whitespace" error.
    expect(errors).toEqual([])
  })

  test('loads from a file with all 355 operations', async ({ page }) => {
    await openBundled(page)
    await loadFile(page, realSpecPath)
    await expect(descriptionStatus(page)).toContainText(
      '(Swagger 2.0, 355 operations) from appcenter.swagger.json',
      {
        timeout: 30_000,
      },
    )
    await expectRealUserOperation(page)
  })

  test('an operation opened from the index can be tried against the sandbox', async ({
    page,
  }) => {
    await openBundled(page)
    await authorizeAsDemoUser(page)
    await loadFile(page, realSpecPath)
    await expect(descriptionStatus(page)).toContainText('355 operations', {
      timeout: 30_000,
    })
    await openFromIndex(page, 'GET', '/v0.1/user')
    const block = await executeOperation(page, 'GET', '/v0.1/user')
    // The description names api.appcenter.ms; the call goes to the sandbox the token belongs to.
    await expect(
      block
        .locator('.live-responses-table')
        .getByText('"display_name": "Demo User"'),
    ).toBeVisible()
  })

  test('the overview shows the introduction; another tag replaces the one on screen', async ({
    page,
  }) => {
    await openBundled(page)
    await loadFile(page, realSpecPath)
    await expect(descriptionStatus(page)).toContainText('355 operations', {
      timeout: 30_000,
    })
    // No operation chosen yet: the API's own introduction, and no operations.
    await expect(
      operationIndex(page).getByRole('link', { name: 'Overview' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(
      page.getByRole('region', { name: 'API reference' }).getByRole('heading', {
        name: /App Center Client/,
      }),
    ).toBeVisible()
    await expect(page.locator('.opblock')).toHaveCount(0)
    // Honest about where the operations are, never Swagger UI's "No operations defined in spec!".
    await expect(page.getByText('No operations defined in spec!')).toHaveCount(
      0,
    )
    await expect(
      page.getByText(
        'Pick an operation in the operation index to open it here',
      ),
    ).toBeVisible()
    await openFromIndex(page, 'GET', '/v0.1/user')
    await openFromIndex(page, 'GET', '/v0.1/orgs/{orgName}/billing/aggregated')
    await expect(operation(page, 'GET', '/v0.1/user')).toHaveCount(0)
    await page.goBack()
    await expect(operation(page, 'GET', '/v0.1/user')).toBeVisible()
  })

  test('a cross-origin ?url= waits for consent, then loads', async ({
    page,
  }) => {
    const fetched: string[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(FIXTURE_ORIGIN)) fetched.push(request.url())
    })
    await page.goto(`/?url=${encodeURIComponent(realUrl)}`)
    const prompt = page.getByRole('alertdialog', {
      name: 'Load a description from another site?',
    })
    await expect(prompt).toContainText(realUrl)
    await expect(page.getByLabel('Description URL')).toHaveValue(realUrl)
    // The bundled description is usable meanwhile, and nothing was fetched from the other origin.
    await expect(indexEntry(page, 'GET', '/v0.1/user')).toBeVisible()
    expect(fetched).toEqual([])
    await prompt.getByRole('button', { name: 'Load it' }).click()
    await expect(prompt).toBeHidden()
    await expect(descriptionStatus(page)).toContainText('355 operations', {
      timeout: 30_000,
    })
    expect(fetched).toEqual([realUrl])
  })

  test('an ×8 copy (2,840 operations) loads too', async ({ page }) => {
    test.setTimeout(180_000)
    const real = JSON.parse(readFileSync(realSpecPath, 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>
    }
    const paths: typeof real.paths = {}
    for (let copy = 0; copy < 8; copy++) {
      for (const [path, item] of Object.entries(real.paths)) {
        const copied: typeof item = {}
        for (const [method, operation] of Object.entries(item)) {
          copied[method] =
            typeof operation === 'object' && operation && operation.operationId
              ? {
                  ...operation,
                  operationId: `${operation.operationId}_copy${copy}`,
                }
              : operation
        }
        paths[copy === 0 ? path : `/copy${copy}${path}`] = copied
      }
    }
    const buffer = Buffer.from(JSON.stringify({ ...real, paths }))
    await openBundled(page)
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'appcenter-x8.json',
      mimeType: 'application/json',
      buffer,
    })
    await expect(descriptionStatus(page)).toContainText(
      '(Swagger 2.0, 2840 operations) from appcenter-x8.json',
      { timeout: 120_000 },
    )
    // The last copy's operation opens like the first's.
    await openFromIndex(page, 'GET', '/copy7/v0.1/user')
    expect(new URL(page.url()).hash).toBe('#/account/users_get_copy7')
  })
})
