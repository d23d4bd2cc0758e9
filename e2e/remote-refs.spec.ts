import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { descriptionStatus, openBundled, operation } from './support/explorer'
import { authorizeAsDemoUser, demoToken } from './support/session'

/** A schema host on a port the page's connect-src does not list, without CORS headers. */
let server: Server
let origin: string
const seen: { url: string; headers: IncomingHttpHeaders }[] = []

test.beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers })
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(
      JSON.stringify({
        Thing: {
          type: 'object',
          properties: { remote_feather_count: { type: 'integer' } },
        },
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test('references to other sites are listed by origin and fetched only once the user says so', async ({
  page,
  request,
}) => {
  const token = await demoToken(request, 'user', 'full')
  await openBundled(page)
  await authorizeAsDemoUser(page)
  const description = {
    openapi: '3.0.3',
    info: { title: 'Remote schemas (test)', version: '1' },
    paths: {
      '/things': {
        get: {
          operationId: 'things',
          tags: ['Things'],
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { $ref: `${origin}/schemas.json#/Thing` },
                },
              },
            },
          },
        },
      },
    },
  }
  await page.getByLabel('Open a file…').setInputFiles({
    name: 'remote.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(description)),
  })
  await expect(descriptionStatus(page)).toContainText('Remote schemas (test)')

  const listing = page.getByRole('region', {
    name: 'References to other sites',
  })
  await expect(listing).toContainText(`${origin}: ${origin}/schemas.json`)
  await operation(page, 'GET', '/things').click()
  await expect(
    page.getByRole('alert').filter({ hasText: '$ref on another site' }),
  ).toContainText(`${origin}/schemas.json`)
  expect(seen).toEqual([])

  await listing.getByRole('button', { name: `Fetch from ${origin}` }).click()
  await expect(listing.getByRole('status')).toHaveText('Fetched when needed.')
  await operation(page, 'GET', '/things').click({ trial: true })
  const opened = operation(page, 'GET', '/things')
  if ((await opened.getAttribute('aria-expanded')) !== 'true')
    await opened.click()
  await expect(page.getByText('remote_feather_count')).toBeVisible()
  expect(seen.map((hit) => hit.url)).toContain('/schemas.json')
  for (const hit of seen) {
    expect(JSON.stringify(hit.headers)).not.toContain(token)
    expect(hit.headers.cookie).toBeUndefined()
    expect(hit.headers.referer).toBeUndefined()
  }
})
