import { expect, test, type Page } from '@playwright/test'
import { openBundled } from './support/explorer'
import { authorizeAsDemoUser, headerAuthorizeButton } from './support/session'

/** The app's code (src/app/start-app.tsx), held back until `release` is called. */
async function holdAppCode(page: Page) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let requested!: () => void
  const wasRequested = new Promise<void>((resolve) => (requested = resolve))
  await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
    requested()
    await released
    await route.continue()
  })
  return { release, wasRequested }
}

/** Console errors and warnings, and uncaught errors, as the page reports them. */
function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

function guide(page: Page) {
  return page.getByRole('region', { name: 'Make your first call' })
}

test.describe('the prerendered first screen', () => {
  test('is in the page as served: the guide shows without any script', async ({
    browser,
    request,
  }) => {
    const html = await (await request.get('/')).text()
    expect(html).toContain('data-prerendered')
    expect(html).toContain('Make your first call')

    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('banner')).toContainText(
      'App Center API Explorer',
    )
    // Styled without any script: the browser's own defaults are gone.
    await expect(page.locator('body')).toHaveCSS('margin', '0px')
    await expect(page.getByRole('banner')).toHaveCSS('display', 'flex')
    await expect(
      guide(page).getByRole('button', { name: 'Send request' }),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'API reference' }).getByRole('status'),
    ).toHaveText('Loading the API reference…')
    await context.close()
  })

  test('tells when Send request’s text reached the screen (Element Timing, which `npm run bench` reads)', async ({
    page,
  }) => {
    await page.goto('/')
    const painted = await page.evaluate(
      () =>
        new Promise<{ text: string; renderTime: number }>((resolve) => {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              identifier: string
              renderTime: number
              element: Element | null
            })[])
              if (entry.identifier === 'send-request')
                resolve({
                  text: entry.element?.textContent ?? '',
                  renderTime: entry.renderTime,
                })
          }).observe({ type: 'element', buffered: true })
        }),
    )
    expect(painted.text.trim()).toBe('Send request')
    expect(painted.renderTime).toBeGreaterThan(0)
  })

  test('its icon is a PNG that is served (an SVG icon is a document of its own, built on the main thread at every <link> the page adds)', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    const icon = page.locator('head link[rel="icon"]')
    await expect(icon).toHaveAttribute('type', 'image/png')
    const href = await icon.evaluate((link: HTMLLinkElement) => link.href)
    const served = await request.get(href)
    expect(served.status()).toBe(200)
    expect(served.headers()['content-type']).toMatch(/^image\/png/)
    // The PNG signature: the bytes are a PNG, whatever the name says.
    expect([...(await served.body()).subarray(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ])
  })

  test('Send request pressed before the app’s code has arrived sends the request once it has', async ({
    page,
  }) => {
    const app = await holdAppCode(page)
    const calls: string[] = []
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/sandbox/v0.1/user')
        calls.push(sent.method())
    })
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    await app.wasRequested
    await guide(page).getByRole('button', { name: 'Send request' }).click()
    // Still the prerendered page: nothing could send it yet.
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(1)
    expect(calls).toEqual([])

    app.release()
    await expect(guide(page).getByRole('alert').first()).toContainText(
      'Not authorized: no API token was sent',
    )
    expect(calls).toEqual(['GET'])
  })

  test('an app URL typed before the app’s code has arrived is kept, and used by a Get owner and app pressed meanwhile', async ({
    page,
  }) => {
    const app = await holdAppCode(page)
    await page.goto('/', { waitUntil: 'domcontentloaded' })
    await app.wasRequested
    const field = guide(page).getByLabel('App Center app URL')
    await field.fill('https://appcenter.ms/orgs/early-org/apps/early-app')
    await guide(page).getByRole('button', { name: 'Get owner and app' }).click()
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(1)

    app.release()
    await expect(guide(page).getByRole('status')).toContainText(
      'owner_name = early-org, app_name = early-app',
    )
    // Rendered again since (the choice shows): the field still holds the text, for the app has it too.
    await expect(field).toHaveValue(
      'https://appcenter.ms/orgs/early-org/apps/early-app',
    )
  })

  test('the app takes it over without a hydration error, and the reference loads', async ({
    page,
  }) => {
    const problems = watchProblems(page)
    await openBundled(page)
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0)
    await expect(
      page.getByRole('searchbox', { name: 'Filter operations' }),
    ).toBeVisible()
    expect(problems).toEqual([])
  })

  test('nothing breaks when a browser fetches the app’s stylesheet as well: same layout, no error', async ({
    page,
    browser,
  }) => {
    // Browsers differ on whether they fetch a disabled stylesheet link; here it is enabled, so every browser fetches it.
    const fetched: string[] = []
    await page.route('/', async (route) => {
      const served = await route.fetch()
      const html = (await served.text()).replace(
        /(<link rel="stylesheet"[^>]*?) disabled/g,
        '$1',
      )
      await route.fulfill({ response: served, body: html })
    })
    page.on('request', (sent) => {
      if (sent.resourceType() === 'stylesheet') fetched.push(sent.url())
    })
    const problems = watchProblems(page)
    await openBundled(page)
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0)
    expect(fetched).not.toEqual([])
    expect(problems).toEqual([])

    // Laid out as in a page that never fetched it.
    const sendRequest = (on: Page) =>
      guide(on).getByRole('button', { name: 'Send request' })
    const plain = await browser.newPage()
    await openBundled(plain)
    await expect(plain.locator('#root[data-prerendered]')).toHaveCount(0)
    expect(await sendRequest(page).boundingBox()).toEqual(
      await sendRequest(plain).boundingBox(),
    )
    expect(await page.getByRole('banner').boundingBox()).toEqual(
      await plain.getByRole('banner').boundingBox(),
    )
    await plain.close()
  })

  test('says so in plain words when the app’s code cannot load', async ({
    page,
  }) => {
    await page.route(/\/assets\/start-app-[\w-]+\.js$/, (route) =>
      route.abort('internetdisconnected'),
    )
    await page.goto('/')
    await expect(page.getByRole('alert')).toHaveText(
      "The explorer's script did not load. Is the network down? Reload the page to try again.",
    )
    // The page is no longer the prerendered one: clicks are not held for an app that will not come.
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0)
    // Its buttons would do nothing: they say so, to the eye and to assistive technology.
    const sendRequest = page.getByRole('button', { name: 'Send request' })
    await expect(sendRequest).toBeDisabled()
    await expect(page.locator('#root button')).not.toHaveCount(0)
    await expect(page.locator('#root button:enabled')).toHaveCount(0)
    // Off for good, not busy: no progress cursor.
    await expect(sendRequest).toHaveCSS('cursor', 'not-allowed')
  })

  test('a tab with a session never shows the newcomer’s page: it waits for the app, then shows its own', async ({
    page,
  }) => {
    await openBundled(page)
    await authorizeAsDemoUser(page)
    const app = await holdAppCode(page)
    await page.reload({ waitUntil: 'domcontentloaded' })
    await app.wasRequested
    await expect(page.locator('html[data-restoring]')).toHaveCount(1)
    await expect(guide(page)).toBeHidden()

    app.release()
    await expect(headerAuthorizeButton(page)).toHaveText(
      'Authorized: Demo User',
    )
    await expect(guide(page)).toBeVisible()
    await expect(page.locator('html[data-restoring]')).toHaveCount(0)
  })
})
