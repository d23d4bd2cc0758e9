import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  descriptionStatus,
  loadByUrl,
  loadFile,
  openBundled,
  openFromIndex,
  operation,
} from './support/explorer'
import {
  FIXTURE_ORIGIN,
  fixturesDir,
  ORIGIN_OUTSIDE_POLICY,
} from './support/paths'

/** After a failure, the description shown before is still there and still works. */
async function expectBundledStillUsable(page: Page) {
  await expect(descriptionStatus(page)).toContainText(
    'App Center API (OpenAPI 3.0, 355 operations)',
  )
  await openFromIndex(page, 'GET', '/v0.1/user')
}

const byUrl = [
  {
    name: 'an unreachable URL',
    url: 'http://127.0.0.1:9/openapi.json',
    message: /Could not reach http:\/\/127\.0\.0\.1:9\/openapi\.json/,
  },
  {
    // The page's policy stops it, so the explorer's server tries (description-fetch.spec.ts); nothing answers there.
    name: "a host this page's security policy does not list, down",
    url: `${ORIGIN_OUTSIDE_POLICY}/openapi.json`,
    message: /Could not reach http:\/\/127\.0\.0\.1:8\/openapi\.json/,
  },
  {
    name: 'an HTTP error',
    url: `${FIXTURE_ORIGIN}/status/404`,
    message: /answered 404 Not Found/,
  },
  {
    name: 'a server error',
    url: `${FIXTURE_ORIGIN}/status/500`,
    message: /answered 500 Internal Server Error/,
  },
  {
    name: 'invalid JSON',
    url: `${FIXTURE_ORIGIN}/fixtures/invalid.json`,
    message: /not valid JSON \(line 4, column 3/,
  },
  {
    name: 'invalid YAML',
    url: `${FIXTURE_ORIGIN}/fixtures/invalid.yaml`,
    message: /not valid YAML/,
  },
  {
    name: 'a document that is not OpenAPI',
    url: `${FIXTURE_ORIGIN}/fixtures/not-openapi.json`,
    message:
      /not an OpenAPI or Swagger description: it has no "openapi" or "swagger" field/,
  },
  {
    name: 'an empty document',
    url: `${FIXTURE_ORIGIN}/fixtures/empty.json`,
    message: /description is empty/,
  },
  {
    name: 'Swagger 1.2',
    url: `${FIXTURE_ORIGIN}/fixtures/swagger-1.2.json`,
    message: /Swagger 1\.2 is not supported/,
  },
  {
    name: 'a javascript: URL',
    url: 'javascript:alert(1)',
    message: /Only http and https URLs can be loaded/,
  },
]

test.describe('bad descriptions by URL', () => {
  for (const { name, url, message } of byUrl) {
    test(`${name} is explained and the page keeps working`, async ({
      page,
    }) => {
      await openBundled(page)
      await loadByUrl(page, url)
      await expect(page.getByRole('alert')).toContainText(message)
      await expectBundledStillUsable(page)
    })
  }
})

const byFile = [
  { file: 'empty.json', message: /description is empty/ },
  { file: 'invalid.json', message: /not valid JSON/ },
  { file: 'invalid.yaml', message: /not valid YAML/ },
  {
    file: 'not-openapi.json',
    message: /not an OpenAPI or Swagger description/,
  },
  { file: 'swagger-1.2.json', message: /Swagger 1\.2 is not supported/ },
]

test.describe('bad description files', () => {
  for (const { file, message } of byFile) {
    test(`${file} is explained and the page keeps working`, async ({
      page,
    }) => {
      await openBundled(page)
      await loadFile(page, path.join(fixturesDir, file))
      await expect(page.getByRole('alert')).toContainText(message)
      await expectBundledStillUsable(page)
    })
  }
})

test('a good description after a bad one clears the error', async ({
  page,
}) => {
  await openBundled(page)
  await loadByUrl(page, `${FIXTURE_ORIGIN}/fixtures/invalid.json`)
  await expect(page.getByRole('alert')).toBeVisible()
  await loadByUrl(page, `${FIXTURE_ORIGIN}/fixtures/notes-api.openapi31.yaml`)
  await expect(descriptionStatus(page)).toContainText(
    'Notes API (fixture) (OpenAPI 3.1, 1 operations)',
  )
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(operation(page, 'GET', '/notes')).toBeVisible()
})

test('a failing same-origin ?url= falls back to the bundled description', async ({
  page,
}) => {
  // The preview server answers unknown paths with the app's own HTML page.
  await page.goto('/?url=/no-such-description.json')
  await expect(page.getByRole('alert')).toContainText(
    /an HTML page, not an OpenAPI or Swagger description/,
  )
  await expectBundledStillUsable(page)
})
