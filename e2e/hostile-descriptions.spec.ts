import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  descriptionStatus,
  executeOperation,
  loadFile,
  openBundled,
  operation,
} from './support/explorer'
import { guardPage } from './support/hostile'
import { fixturesDir } from './support/paths'
import { authorizeAsDemoUser, demoToken } from './support/session'

const hostile = (name: string) => path.join(fixturesDir, 'hostile', name)

async function loadBuffer(page: Page, name: string, buffer: Buffer) {
  await page
    .getByLabel('Open a file…')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
}

test('markup in every text field runs nothing, loads nothing remote, and its links do not navigate', async ({
  page,
  request,
}) => {
  const full = await demoToken(request, 'user', 'full')
  const guard = guardPage(page)
  await openBundled(page)
  await authorizeAsDemoUser(page)
  await loadFile(page, hostile('markup.openapi30.json'))
  await expect(descriptionStatus(page)).toContainText(
    'Hostile markup (fixture)',
  )

  const block = await executeOperation(page, 'GET', '/evil')
  await expect(block.locator('.live-responses-table')).toBeVisible()

  const before = page.url()
  for (const name of ['javascript link', 'data link', 'html javascript link']) {
    const link = page.getByRole('link', { name, exact: true })
    if ((await link.count()) > 0) await link.first().click({ force: true })
  }
  for (const link of await page
    .locator('a[href^="javascript:"], a[href^="data:"]')
    .all()) {
    await link.click({ force: true })
  }
  expect(page.url()).toBe(before)
  await guard.expectNothingHappened({ token: full })
})

test('a $ref on another site is not fetched, and the user is told', async ({
  page,
}) => {
  const guard = guardPage(page)
  await openBundled(page)
  await loadFile(page, hostile('remote-ref.openapi30.json'))
  await operation(page, 'GET', '/things').click()
  await expect(
    page.getByRole('alert').filter({ hasText: '$ref on another site' }),
  ).toContainText('http://127.0.0.1:4174/elsewhere/remote-schema.json')
  await guard.expectNothingHappened()
})

test('circular references render', async ({ page }) => {
  const guard = guardPage(page)
  await openBundled(page)
  await loadFile(page, hostile('circular.openapi30.json'))
  const tree = operation(page, 'GET', '/tree')
  await tree.click()
  await expect(
    page.locator('.opblock.is-open').getByText('Node').first(),
  ).toBeVisible()
  await page.getByRole('button', { name: /Schemas/ }).click()
  await expect(
    page.getByRole('button', { name: /^Node/ }).first(),
  ).toBeVisible()
  await guard.expectNothingHappened()
})

test('a schema nested thousands of levels deep is refused instead of crashing the page', async ({
  page,
}) => {
  const guard = guardPage(page)
  await openBundled(page)
  // Built as text: a 3000-level object would overflow the test's own JSON.stringify.
  const levels = 3000
  const schema =
    '{"type":"object","properties":{"next":'.repeat(levels) +
    '{"type":"string"}' +
    '}}'.repeat(levels)
  const document = `{"openapi":"3.0.3","info":{"title":"Deep nesting (generated)","version":"1"},"paths":{"/deep":{"get":{"operationId":"deep","tags":["Deep"],"responses":{"200":{"description":"ok","content":{"application/json":{"schema":${schema}}}}}}}}}`
  await loadBuffer(page, 'deep.json', Buffer.from(document))
  await expect(page.getByRole('alert')).toContainText(
    'nested more than 400 levels deep',
  )
  await guard.expectNothingHappened()
})

const refused = [
  {
    name: 'a YAML alias bomb',
    file: 'bomb.yaml',
    buffer: () => {
      const lines = [
        'openapi: 3.0.3',
        'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ]
      for (let i = 1; i < 10; i++)
        lines.push(
          `a${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(',')}]`,
        )
      return Buffer.from(lines.join('\n'))
    },
    message: /not valid YAML/,
  },
  {
    name: 'UTF-16 text',
    file: 'utf16.json',
    buffer: () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('{"openapi":"3.0.3"}', 'utf16le'),
      ]),
    message: /encoded as UTF-16\. Save it as UTF-8/,
  },
  {
    name: 'bytes that are not UTF-8',
    file: 'latin1.yaml',
    buffer: () =>
      Buffer.from([
        0x6f, 0x70, 0x65, 0x6e, 0x61, 0x70, 0x69, 0x3a, 0x20, 0xe9, 0xe9,
      ]),
    message: /not valid UTF-8 text/,
  },
  {
    name: 'a document over the size limit',
    file: 'huge.json',
    // Over Playwright's 50 MB limit for in-memory files: written to disk first.
    buffer: () => Buffer.alloc(65 * 1024 * 1024, 0x20),
    onDisk: true,
    message: /over the 64\.0 MB limit/,
  },
]

for (const { name, file, buffer, message, onDisk } of refused) {
  test(`${name} is refused with a message, and the page keeps working`, async ({
    page,
  }, testInfo) => {
    const guard = guardPage(page)
    await openBundled(page)
    if (onDisk) {
      const filePath = testInfo.outputPath(file)
      await writeFile(filePath, buffer())
      await loadFile(page, filePath)
    } else await loadBuffer(page, file, buffer())
    await expect(page.getByRole('alert')).toContainText(message)
    await guard.expectNothingHappened()
  })
}
