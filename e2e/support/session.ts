import { expect, type APIRequestContext, type Page } from '@playwright/test'

export interface DemoToken {
  value: string
  kind: 'user' | 'app'
  access: 'full' | 'read_only'
}

/** The sandbox's demo tokens, read the way the app reads them. */
export async function demoTokens(
  request: APIRequestContext,
): Promise<DemoToken[]> {
  const response = await request.get('/sandbox/_sandbox/demo')
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { tokens: DemoToken[] }).tokens
}

/** One demo token's value; the sandbox always seeds one of each kind and access. */
export async function demoToken(
  request: APIRequestContext,
  kind: DemoToken['kind'],
  access: DemoToken['access'],
): Promise<string> {
  const token = (await demoTokens(request)).find(
    (candidate) => candidate.kind === kind && candidate.access === access,
  )
  expect(token, `a ${kind} token with ${access} access`).toBeDefined()
  return token!.value
}

export function headerAuthorizeButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^Authoriz/ })
}

export function authorizePanel(page: Page) {
  return page.getByRole('dialog', { name: 'Authorize' })
}

export async function openAuthorizePanel(page: Page) {
  const panel = authorizePanel(page)
  if (!(await panel.isVisible())) await headerAuthorizeButton(page).click()
  await expect(panel).toBeVisible()
  return panel
}

/** Points try-it-out calls at a custom base URL, in the Authorize panel, which stays open. */
export async function chooseCustomTarget(page: Page, baseUrl: string) {
  const panel = await openAuthorizePanel(page)
  await panel.getByLabel('Custom base URL').check()
  const field = panel.getByRole('textbox', { name: 'Base URL' })
  await field.fill(baseUrl)
  await field.press('Enter')
  return panel
}

/** Authorizes with one of the sandbox's demo tokens, through the panel, as a user would. */
export async function authorizeWithDemoToken(
  page: Page,
  label: RegExp,
  expectedStatus: RegExp,
) {
  const panel = await openAuthorizePanel(page)
  await panel.getByRole('button', { name: label }).click()
  await expect(panel.getByText(expectedStatus)).toBeVisible()
  await panel.getByRole('button', { name: 'Close the Authorize panel' }).click()
  await expect(panel).toBeHidden()
}

/** Authorizes with the sandbox's full-access user token (Demo User). */
export async function authorizeAsDemoUser(page: Page) {
  await authorizeWithDemoToken(
    page,
    /Use: User token, full access/,
    /Authorized as Demo User/,
  )
}

interface SeenRequest {
  url: string
  headers: Record<string, string>
  body: string | null
  /** Stopped by the page's Content-Security-Policy before it left the browser. */
  blockedByPolicy: boolean
}

/**
 * Records everything a page could leak a secret through: console messages
 * and every request it sends, with the headers as they went out.
 */
export function watchForLeaks(page: Page) {
  const consoleMessages: string[] = []
  const requests: SeenRequest[] = []
  const pending: Promise<void>[] = []
  page.on('console', (message) => consoleMessages.push(message.text()))
  const blocked = new Set<unknown>()
  page.on('requestfailed', (request) => {
    if (/BLOCKED_BY_CSP|csp/i.test(request.failure()?.errorText ?? ''))
      blocked.add(request)
  })
  page.on('request', (request) => {
    pending.push(
      request.allHeaders().then((headers) => {
        requests.push({
          url: request.url(),
          headers,
          body: request.postData(),
          get blockedByPolicy() {
            return blocked.has(request)
          },
        })
      }),
    )
  })
  return {
    consoleMessages,
    requests,
    async settled() {
      await Promise.all(pending)
      return requests
    },
  }
}

export function carries(request: SeenRequest, secret: string): boolean {
  return (
    request.url.includes(secret) ||
    Object.values(request.headers).some((value) => value.includes(secret)) ||
    (request.body ?? '').includes(secret)
  )
}

/** Everything persistent a browser offers, read from inside the page. */
export async function persistentStorage(page: Page) {
  return page.evaluate(async () => ({
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
    indexedDbNames: (await indexedDB.databases()).map(
      (database) => database.name ?? '',
    ),
  }))
}
