import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * Playwright cannot download its own browsers here: Debian's Chromium is used
 * when it is there (or CHROMIUM_PATH), else whatever Playwright has installed.
 * Without the background-networking flags Chromium keeps calling home on a
 * machine that has no network. Shared by the tests and the benchmark.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH ??
    (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
