import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'

/**
 * The oldest Chromium the suite is known to pass with (see README). An older
 * one is refused up front, with its version named, instead of failing later
 * in ways that look like bugs in the app.
 */
export const OLDEST_TESTED_CHROMIUM = 149

/** Starts the Chromium the tests will use, names it, and refuses one older than the oldest tested. */
export async function checkBrowser(): Promise<string> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const version = browser.version()
  await browser.close()
  const where = chromiumLaunchOptions.executablePath ?? "Playwright's own"
  const major = Number(version.split('.')[0])
  if (!(major >= OLDEST_TESTED_CHROMIUM))
    throw new Error(
      `The end-to-end tests need Chromium ${OLDEST_TESTED_CHROMIUM} or newer; ${where} is Chromium ${version}. ` +
        'Install a newer one (apt-get install -y chromium) or point CHROMIUM_PATH at one.',
    )
  return `Chromium ${version} (${where})`
}

// `tsx e2e/support/browser-version.ts` prints it: .ci/run does, before the tests.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`End-to-end tests run on ${await checkBrowser()}`)
}
