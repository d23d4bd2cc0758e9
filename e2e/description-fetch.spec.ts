import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { descriptionStatus, loadByUrl, openBundled } from './support/explorer'
import { APP_ORIGIN } from './support/paths'
import { authorizeAsDemoUser, demoToken } from './support/session'

const DESCRIPTION = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'No CORS here (test server)', version: '2' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        tags: ['Pets'],
        responses: { 200: { description: 'ok' } },
      },
    },
  },
})

/**
 * A description host on a port the page's connect-src does not list, which
 * sends no CORS headers: the page cannot fetch from it on its own.
 */
let server: Server
let origin: string
const seen: { url: string; method: string; headers: IncomingHttpHeaders }[] = []

test.beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({
      url: request.url ?? '',
      method: request.method ?? '',
      headers: request.headers,
    })
    if (request.url === '/moved') {
      response.writeHead(302, { Location: '/openapi.json' })
      response.end()
      return
    }
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(DESCRIPTION)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test.beforeEach(() => {
  seen.length = 0
})

test("a description on a site the page's policy does not list loads through the explorer's server, with nothing of the page's", async ({
  page,
  request,
}) => {
  const token = await demoToken(request, 'user', 'full')
  await openBundled(page)
  await authorizeAsDemoUser(page)
  const csp = (await (await page.request.get('/')).headers())[
    'content-security-policy'
  ]
  expect(csp).not.toContain(origin)

  await loadByUrl(page, `${origin}/moved`)
  await expect(descriptionStatus(page)).toContainText(
    `No CORS here (test server) (OpenAPI 3.0, 1 operations) from ${origin}/moved`,
  )
  const fetched = seen.filter((hit) => hit.url === '/openapi.json')
  expect(fetched).toHaveLength(1)
  for (const hit of seen) {
    expect(hit.method).toBe('GET')
    expect(JSON.stringify(hit.headers)).not.toContain(token)
    expect(hit.headers.cookie).toBeUndefined()
    expect(hit.headers.origin).toBeUndefined()
    expect(hit.headers.referer).toBeUndefined()
    expect(hit.headers['x-api-token']).toBeUndefined()
  }
})

test('a link to a description elsewhere asks first, then loads it through the server', async ({
  page,
}) => {
  await page.goto(`/?url=${encodeURIComponent(`${origin}/openapi.json`)}`)
  const prompt = page.getByRole('alertdialog', {
    name: 'Load a description from another site?',
  })
  await expect(prompt).toContainText(
    "this explorer's server fetches it for the page",
  )
  expect(seen).toEqual([])
  await prompt.getByRole('button', { name: 'Load it' }).click()
  await expect(descriptionStatus(page)).toContainText(
    'No CORS here (test server)',
  )
})

/** Makes the page see a static host: the same policy, and no server to fetch descriptions. */
async function asStaticHost(page: Page) {
  await page.route(`${APP_ORIGIN}/`, async (route) => {
    if (route.request().method() !== 'HEAD') return route.fallback()
    const response = await route.fetch()
    const headers = { ...response.headers() }
    delete headers['x-explorer-description-fetch']
    await route.fulfill({ response, headers })
  })
}

test('on a static host, the consent step says up front that the policy will stop the URL', async ({
  page,
}) => {
  await asStaticHost(page)
  await page.goto(`/?url=${encodeURIComponent(`${origin}/openapi.json`)}`)
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'cannot be loaded here' })
  await expect(notice).toContainText(
    `This page's security policy does not allow requests to ${origin}`,
  )
  await expect(notice).toContainText('EXPLORER_CONNECT_SRC')
  await expect(page.getByRole('button', { name: 'Load it' })).toHaveCount(0)
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()

  await loadByUrl(page, `${origin}/openapi.json`)
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Could not load the description' }),
  ).toContainText(`does not allow requests to ${origin}`)
  expect(seen).toEqual([])
})
