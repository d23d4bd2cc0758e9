import { startFixtureServer } from './fixture-server'
import { FIXTURE_PORT } from './paths'

export default async function globalSetup() {
  const server = await startFixtureServer(FIXTURE_PORT)
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
