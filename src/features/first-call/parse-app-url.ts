/**
 * Turns what a newcomer pastes (the app's page in the App Center portal, or
 * `owner/app` as `appcenter apps list` prints it) into the owner_name and
 * app_name that the API paths need.
 */

import { APPS_LIST_COMMAND_LINE } from '@/lib/appcenter-cli/apps-list-command'

export type OwnerKind = 'user' | 'org' | 'unknown'

export type AppUrlResult =
  | { ok: true; owner_name: string; app_name: string; ownerKind: OwnerKind }
  | { ok: false; message: string }

const EXAMPLE = `An app address looks like https://appcenter.ms/users/{owner}/apps/{app} (or /orgs/{owner}/apps/{app}); you can also type owner/app, as the command "${APPS_LIST_COMMAND_LINE}" prints it.`

// install.appcenter.ms (public download pages) uses the portal's
// /users|orgs/{owner}/apps/{app} paths, so it names the app just as well.
const PORTAL_HOSTS = new Set(['appcenter.ms', 'install.appcenter.ms'])
const API_HOST = 'api.appcenter.ms'

const GUID =
  /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i
const API_TOKEN = /^[0-9a-f]{40}$/i
// A scheme is letters then ":"; "host:443" is a port, not a scheme.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i
// The CLI form: exactly two names. A ":" would mean host:port, not a name.
const CLI_FORM = /^([^/\s?#:]+)\/([^/\s?#:]+)\/?$/
// /v0.1/apps/{owner}/{app}, possibly below a base path such as /sandbox.
const API_VERSION = /^v\d+(\.\d+)?$/i

export function parseAppUrl(input: string): AppUrlResult {
  const text = input.trim()
  if (!text) return fail(`Paste your app's address. ${EXAMPLE}`)
  if (GUID.test(text)) {
    return fail(
      `This looks like an App Secret (the GUID the App Center SDKs use in your app), not an address. ${EXAMPLE}`,
    )
  }
  if (API_TOKEN.test(text)) {
    return fail(
      `This looks like an API token, not an address. Keep it secret and paste it in Authorize instead. ${EXAMPLE}`,
    )
  }

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return fail(
      `Only web addresses (https://…) are accepted, and this one starts with "${scheme}:". ${EXAMPLE}`,
    )
  }

  if (scheme === undefined) {
    const cli = CLI_FORM.exec(text)
    if (cli && !isAppCenterHost(cli[1] ?? '')) {
      return named(cli[1] ?? '', cli[2] ?? '', 'unknown')
    }
  }

  const url = toUrl(text, scheme !== undefined)
  if (!url) return fail(`"${text}" is not an address we can read. ${EXAMPLE}`)

  const segments = url.pathname.split('/').filter((segment) => segment !== '')
  const host = url.hostname.replace(/^www\./, '')

  const apiPath = findApiAppPath(segments)
  if (apiPath) return apiPath
  if (host === API_HOST) {
    return fail(
      `This is an App Center API address, but it does not name an app. API addresses of an app look like https://api.appcenter.ms/v0.1/apps/{owner_name}/{app_name}. ${EXAMPLE}`,
    )
  }
  if (!PORTAL_HOSTS.has(host)) {
    return fail(
      `${url.hostname} is not App Center, so this is not an App Center address. ${EXAMPLE}`,
    )
  }
  return parsePortalPath(segments)
}

function fail(message: string): AppUrlResult {
  return { ok: false, message }
}

function isAppCenterHost(text: string): boolean {
  const host = text.toLowerCase().replace(/^www\./, '')
  return PORTAL_HOSTS.has(host) || host === API_HOST
}

/** Reads the text as a URL, supplying the App Center host or a scheme when the paste left them out. */
function toUrl(text: string, hasScheme: boolean): URL | undefined {
  let candidate = text
  if (!hasScheme) {
    const first = text.split(/[/?#]/, 1)[0]?.toLowerCase() ?? ''
    if (text.startsWith('/')) candidate = `https://appcenter.ms${text}`
    else if (first === 'users' || first === 'orgs') {
      candidate = `https://appcenter.ms/${text}`
    }
    // A bare word is neither a host nor owner/app; "https://word" would
    // only produce a confusing "word is not App Center".
    else if (!first.includes('.') && !first.startsWith('localhost')) {
      return undefined
    } else candidate = `https://${text}`
  }
  try {
    return new URL(candidate)
  } catch {
    return undefined
  }
}

// Request URLs copied from the explorer (sandbox, a proxy, production) name
// the app in the API's own shape, whatever the host, so they are accepted.
function findApiAppPath(segments: string[]): AppUrlResult | undefined {
  const index = segments.findIndex(
    (segment, i) =>
      API_VERSION.test(segment) && segments[i + 1]?.toLowerCase() === 'apps',
  )
  if (index < 0) return undefined
  const owner = segments[index + 2]
  const app = segments[index + 3]
  if (owner === undefined || app === undefined) return undefined
  return named(owner, app, 'unknown')
}

function parsePortalPath(segments: string[]): AppUrlResult {
  const [area, owner, apps, app] = segments
  const kind = area?.toLowerCase()
  if (area === undefined) {
    return fail(
      `This is the App Center home page, not an app's page. Open your app in the portal and copy the address from there. ${EXAMPLE}`,
    )
  }
  if (kind === 'apps') {
    return fail(
      `This is the list of your apps, not one app. Open the app you want and copy its address. ${EXAMPLE}`,
    )
  }
  if (kind !== 'users' && kind !== 'orgs') {
    return fail(
      `This App Center page (/${area}) is not an app's page. Open your app in the portal and copy the address from there. ${EXAMPLE}`,
    )
  }
  const ownerKind = kind === 'users' ? 'user' : 'org'
  const ownerLabel = kind === 'users' ? 'the user' : 'the organization'
  if (owner === undefined) {
    return fail(`This address names no owner and no app. ${EXAMPLE}`)
  }
  if (apps?.toLowerCase() !== 'apps') {
    return fail(
      `This is a page of ${ownerLabel} "${safeDecode(owner)}", not of one of their apps. An app's address continues with /apps/{app}. ${EXAMPLE}`,
    )
  }
  if (app === undefined) {
    return fail(
      `This address names ${ownerLabel} "${safeDecode(owner)}" but no app after /apps/. ${EXAMPLE}`,
    )
  }
  return named(owner, app, ownerKind)
}

function named(owner: string, app: string, ownerKind: OwnerKind): AppUrlResult {
  const ownerName = decode(owner, 'owner name')
  if (typeof ownerName !== 'string') return ownerName
  const appName = decode(app, 'app name')
  if (typeof appName !== 'string') return appName
  return { ok: true, owner_name: ownerName, app_name: appName, ownerKind }
}

function decode(raw: string, what: string): string | AppUrlResult {
  let value: string
  try {
    value = decodeURIComponent(raw)
  } catch {
    return fail(
      `The ${what} "${raw}" has a broken %-code: every % must be followed by two hexadecimal digits, as in My%20App. Copy the address again from the browser's address bar.`,
    )
  }
  if (value.includes('/')) {
    return fail(
      `The ${what} "${value}" contains a "/" (written %2F), and App Center names never do. ${EXAMPLE}`,
    )
  }
  if (!value.trim()) return fail(`The ${what} is empty. ${EXAMPLE}`)
  return value
}

/** For quoting a name in a message, where a broken %-code should not hide the real problem. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
