import { checkBrowser } from './browser-version'
import { startFixtureServer } from './fixture-server'
import { FIXTURE_PORT } from './paths'

export default async function globalSetup() {
  console.log(`End-to-end tests run on ${await checkBrowser()}`)
  const server = await startFixtureServer(FIXTURE_PORT)
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
