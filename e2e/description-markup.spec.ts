import path from 'node:path'
import { expect, test } from '@playwright/test'
import {
  descriptionStatus,
  loadFile,
  openBundled,
  operation,
} from './support/explorer'
import { guardPage } from './support/hostile'
import { fixturesDir } from './support/paths'

const markupFixture = path.join(fixturesDir, 'hostile', 'markup.openapi30.json')

/** Ids and names the fixture's descriptions try to put in the page. */
const planted = [
  '#authorize-again',
  '#authStore',
  '#defaultView',
  '#op-form',
  '#param-field',
  '#response-area',
  '#schema-select',
  '[name="authorize"]',
  '[name="token"]',
  '[name="target"]',
  '[name="location"]',
  '[name="getElementById"]',
  '[name="op-field"]',
  '[name="response-area"]',
]

test('markup in descriptions renders no form controls and no ids or names, and its words still read', async ({
  page,
}) => {
  const guard = guardPage(page)
  await openBundled(page)
  await loadFile(page, markupFixture)
  await expect(descriptionStatus(page)).toContainText(
    'Hostile markup (fixture)',
  )
  const reference = page.getByRole('region', { name: 'API reference' })

  // Open everything that shows a description: the operation (its parameter
  // and response) and the schema.
  await operation(page, 'GET', '/evil').click()
  await page.getByRole('button', { name: /Schemas/ }).click()
  await page.locator('#model-Evil button').first().click()

  for (const words of [
    'Your session expired:',
    'Authorize again',
    'Paste the token here',
    'Use production',
    'Send from operation',
    'Parameter words stay',
    'Response words stay',
    'Schema words stay',
  ])
    await expect(reference.getByText(words).first()).toBeVisible()
  await expect(
    reference.getByRole('link', { name: 'Read the docs' }),
  ).toHaveAttribute('href', 'https://example.com/docs')
  await expect(
    reference.getByRole('img', { name: 'diagram of the flow' }),
  ).toHaveCount(1)

  expect(await page.getByPlaceholder('re-enter your API token').count()).toBe(0)
  const descriptions = reference.locator('.markdown, .renderedMarkdown')
  expect(await descriptions.count()).toBeGreaterThan(4)
  await expect(
    descriptions.locator(
      'input, button, textarea, select, option, form, label, fieldset',
    ),
  ).toHaveCount(0)
  await expect(descriptions.locator('[id], [name]')).toHaveCount(0)
  for (const selector of planted)
    await expect(page.locator(selector), selector).toHaveCount(0)
  // Nothing shadows the page's own globals.
  expect(
    await page.evaluate(() => ({
      getElementById: typeof document.getElementById,
      authStore: 'authStore' in window,
      forms: document.forms.namedItem('op-form'),
    })),
  ).toEqual({ getElementById: 'function', authStore: false, forms: null })

  await guard.expectNothingHappened()
})
