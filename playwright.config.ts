import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium'
import { APP_PORT, FIXTURE_ORIGIN } from './e2e/support/paths'

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never' }]],
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // The production build behind `vite preview`, with the sandbox mounted as in `npm start`.
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
    url: `http://127.0.0.1:${APP_PORT}/`,
    reuseExistingServer: !process.env.CI,
    // The page's Content-Security-Policy must let it reach the fixture server (a second origin)
    // and the closed port the "unreachable" tests use.
    env: { EXPLORER_CONNECT_SRC: `${FIXTURE_ORIGIN} http://127.0.0.1:9` },
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
