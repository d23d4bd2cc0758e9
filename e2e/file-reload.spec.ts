import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  indexEntry,
  openBundled,
  operation,
} from './support/explorer'

/** A description of a few tags, written here so the test owns what it opens. */
const document = {
  openapi: '3.0.3',
  info: { title: 'Aviary API (file)', version: '3' },
  paths: Object.fromEntries(
    ['parrots', 'owls', 'finches'].flatMap((bird) => [
      [
        `/${bird}`,
        {
          get: {
            operationId: `list_${bird}`,
            tags: [bird],
            summary: `Lists ${bird}`,
            responses: { 200: { description: 'ok' } },
          },
        },
      ],
      [
        `/${bird}/{id}`,
        {
          get: {
            operationId: `get_${bird}`,
            tags: [bird],
            summary: `Gets one of the ${bird}`,
            parameters: [
              {
                name: 'id',
                in: 'path',
                required: true,
                schema: { type: 'string' },
              },
            ],
            responses: { 200: { description: 'ok' } },
          },
        },
      ],
    ]),
  ),
}

test('a description opened from a file survives a reload of the tab, and so does its deep link', async ({
  page,
}) => {
  await openBundled(page)
  await page.getByLabel('Open a file…').setInputFiles({
    name: 'aviary.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  })
  await expect(descriptionStatus(page)).toContainText(
    'Aviary API (file) (OpenAPI 3.0, 6 operations) from aviary.json',
  )

  await indexEntry(page, 'GET', '/owls/{id}').click()
  await expect(operation(page, 'GET', '/owls/{id}')).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page).toHaveURL(/#\/owls\/get_owls$/)

  await page.reload()
  await expect(descriptionStatus(page)).toContainText(
    'Aviary API (file) (OpenAPI 3.0, 6 operations) from aviary.json',
  )
  await expect(page).toHaveURL(/#\/owls\/get_owls$/)
  await expect(operation(page, 'GET', '/owls/{id}')).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(operation(page, 'GET', '/parrots/{id}')).toHaveAttribute(
    'aria-expanded',
    'false',
  )

  // Going back to the App Center description forgets the file: a reload shows the bundled one.
  await page
    .getByRole('button', { name: 'Back to the App Center description' })
    .click()
  await expect(descriptionStatus(page)).toContainText('App Center API')
  await page.reload()
  await expect(descriptionStatus(page)).toContainText('App Center API')
  expect(
    await page.evaluate(() => JSON.stringify({ ...localStorage })),
  ).not.toContain('Aviary')
})
