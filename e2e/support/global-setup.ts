import { startFixtureServer } from './fixture-server'

export default async function globalSetup() {
  const server = await startFixtureServer(4174)
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
