/**
 * Retakes the README's screenshots: the first-call guide after a success
 * and the explorer on the real App Center description, each in light and
 * dark, on a desktop (1280×800) and a phone (390×844). Builds the app and
 * serves it the way `npm start` does, on a port of its own.
 *
 *   npm run screenshots                 # all of them, into e2e/screenshots/
 *   npm run screenshots -- --skip-build # reuse the last dist/
 *
 * Without ../shared/specs/appcenter.swagger.json (or APPCENTER_SPEC) the
 * explorer shots show the bundled description instead, and say so.
 */
import path from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { chromiumLaunchOptions } from '../support/chromium'
import { hasRealSpec, realSpecPath, repoRoot } from '../support/paths'

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4193)
const OUT = path.join(repoRoot, 'e2e', 'screenshots')

type Theme = 'light' | 'dark'
type Device = 'desktop' | 'phone'

const DEVICES: Record<Device, { width: number; height: number }> = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
}

function fileName(screen: string, device: Device, theme: Theme): string {
  const parts = [
    screen,
    device === 'phone' ? 'phone' : '',
    theme === 'dark' ? 'dark' : '',
  ]
  return `${parts.filter(Boolean).join('-')}.png`
}

async function firstCall(page: Page) {
  const guide = page.getByRole('region', { name: 'Make your first call' })
  await guide.getByRole('button', { name: 'Use a sandbox token' }).click()
  const panel = page.getByRole('dialog', { name: 'Authorize' })
  await panel.getByRole('button', { name: 'Authorize', exact: true }).click()
  await panel.waitFor({ state: 'hidden' })
  await guide.getByRole('button', { name: 'Send request' }).click()
  await guide.getByText('It works').waitFor()
  await guide.getByRole('heading', { name: /Send/ }).scrollIntoViewIfNeeded()
  await page.evaluate(() => {
    const heading = [...document.querySelectorAll('.steps h3')].find((h) =>
      h.textContent?.startsWith('Read the answer'),
    )
    heading?.scrollIntoView({ block: 'start' })
    // Focus rings belong to keyboard use, not to a picture of the page.
    ;(document.activeElement as HTMLElement | null)?.blur()
  })
}

async function explorer(page: Page) {
  if (hasRealSpec)
    await page.getByLabel('Open a file…').setInputFiles(realSpecPath)
  await page.getByText(/^Showing .* operations\) from /).waitFor()
  const index = page.getByRole('navigation', { name: 'Operations' })
  await index.getByLabel('Filter operations').fill('user')
  await index.getByRole('link', { name: /^GET \/v0\.1\/user(\s|$)/ }).click()
  await page
    .getByRole('region', { name: 'API reference' })
    .getByRole('button', { name: /^GET \/v0\.1\/user(\s|$)/ })
    .and(page.locator('[aria-expanded="true"]'))
    .waitFor()
  await page.evaluate(() => {
    document.getElementById('api-reference')?.scrollIntoView({ block: 'start' })
    ;(document.activeElement as HTMLElement | null)?.blur()
  })
}

async function shoot(
  browser: Browser,
  screen: string,
  steps: (page: Page) => Promise<void>,
) {
  for (const device of Object.keys(DEVICES) as Device[])
    for (const theme of ['light', 'dark'] as const) {
      const phone = device === 'phone'
      const context = await browser.newContext({
        viewport: DEVICES[device],
        colorScheme: theme,
        isMobile: phone,
        hasTouch: phone,
      })
      const page = await context.newPage()
      await page.goto(`http://127.0.0.1:${PORT}/`)
      await page.getByRole('navigation', { name: 'Operations' }).waitFor()
      await steps(page)
      const file = path.join(OUT, fileName(screen, device, theme))
      await page.screenshot({ path: file, animations: 'disabled' })
      console.log(`wrote ${path.relative(repoRoot, file)}`)
      await context.close()
    }
}

if (!process.argv.includes('--skip-build'))
  await build({ root: repoRoot, logLevel: 'warn' })
const server = await preview({
  root: repoRoot,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
})
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  if (!hasRealSpec)
    console.warn(
      `The real description is not at ${realSpecPath}: the explorer shots show the bundled one.`,
    )
  await shoot(browser, 'first-call', firstCall)
  await shoot(browser, 'explorer', explorer)
} finally {
  await browser.close()
  await server.close()
}
