import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const repoRoot = path.resolve(here, '..', '..')
export const fixturesDir = path.join(repoRoot, 'e2e', 'fixtures')

/** The real App Center description lives beside the repo, in ../shared; it is never copied in. */
export const realSpecPath =
  process.env.APPCENTER_SPEC ??
  path.resolve(repoRoot, '..', 'shared', 'specs', 'appcenter.swagger.json')

export const hasRealSpec = existsSync(realSpecPath)

/** Ports of the app under test and of the second origin; settable so two checkouts can run their suites side by side. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173)
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 4174)

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`

/** An origin the page's connect-src does not list (EXPLORER_CONNECT_SRC in playwright.config.ts): the browser stops calls to it. */
export const ORIGIN_OUTSIDE_POLICY = 'http://127.0.0.1:8'
