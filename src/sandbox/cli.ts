// `npm run sandbox`: the App Center sandbox without the web app, for curl,
// Postman or a script. Port from --port or SANDBOX_PORT (default 4010).
import { parseArgs } from 'node:util'
import { bannerLines } from './banner.ts'
import { DEFAULT_ALLOWED_ORIGINS } from './options.ts'
import { startSandboxServer } from './server.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
  },
})

const portText = values.port ?? process.env.SANDBOX_PORT ?? '4010'
const port = Number(portText)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${portText}": use a number from 0 to 65535.`)
  process.exit(1)
}

// SANDBOX_ORIGINS (comma separated) or --allow-origin replace the default
// allow-list of the app's dev and preview origins.
const fromEnv = process.env.SANDBOX_ORIGINS?.split(',').map((o) => o.trim())
const allowedOrigins =
  values['allow-origin'] ?? fromEnv ?? DEFAULT_ALLOWED_ORIGINS

try {
  const running = await startSandboxServer({
    port,
    host: values.host ?? '127.0.0.1',
    allowedOrigins,
  })
  for (const line of bannerLines(running.baseUrl, running.sandbox.demo())) {
    console.log(line)
  }
  console.log(`CORS allowed for: ${allowedOrigins.join(', ')}`)
  console.log('Press Ctrl+C to stop.')
  const stop = () => {
    void running.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Try --port 0 for a free one, or SANDBOX_PORT=4011.`
      : error,
  )
  process.exit(1)
}
