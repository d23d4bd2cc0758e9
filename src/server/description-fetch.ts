import { lookup as dnsLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { BlockList, isIP, type LookupFunction } from 'node:net'

/**
 * The explorer's own server fetches a description for the page, so one on
 * any site loads although the page's connect-src does not list it. It
 * fetches descriptions and nothing else: GET only, with nothing of the
 * page's (no token, cookie or header), under the page's size cap and
 * timeout, and never from an address on the server's own network unless
 * the explorer itself was opened on a loopback address.
 */

/** The same defaults as the page's (src/features/spec-loader/size-limit.ts, api/fetch-description-bytes.ts). */
export const DEFAULT_MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024
export const DESCRIPTION_FETCH_TIMEOUT_MS = 30_000
export const MAX_REDIRECTS = 5

export interface ResolvedAddress {
  address: string
  family: number
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export interface DescriptionFetchOptions {
  maxBytes: number
  timeoutMs: number
  /** Whether hosts on private, loopback or link-local addresses may be fetched. */
  allowPrivate: boolean
  /** Resolves a host name to every address it has (tests inject one). */
  resolve?: Resolver
}

export type DescriptionFetchFailure =
  'bad-url' | 'refused' | 'unreachable' | 'timeout' | 'http' | 'too-large'

export class DescriptionFetchError extends Error {
  readonly code: DescriptionFetchFailure
  constructor(code: DescriptionFetchFailure, message: string) {
    super(message)
    this.code = code
  }
}

export interface FetchedDescription {
  /** Where the description was in the end, after redirects. */
  url: string
  contentType: string | null
  body: Buffer
}

/** Addresses a server must not be made to fetch from for a page: its own machine and network. */
const privateRanges = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  // IPv4 addresses translated by NAT64 reach the same private networks.
  ['64:ff9b::', 96],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv6')

/** Private, loopback, link-local, multicast or reserved (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

const systemResolver: Resolver = async (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true })

/** Parses and checks a URL the page asked for: http(s) only, no credentials in it. */
export function checkedUrl(raw: string | null): URL {
  if (!raw)
    throw new DescriptionFetchError('bad-url', 'No url parameter was given.')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new DescriptionFetchError('bad-url', `"${raw}" is not a URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DescriptionFetchError(
      'bad-url',
      `Only http and https URLs can be loaded, not ${url.protocol}`,
    )
  if (url.username || url.password)
    throw new DescriptionFetchError(
      'bad-url',
      'A description URL with a user name or password in it is not fetched.',
    )
  return url
}

/**
 * The address to connect to for `url`: every address the host has is
 * checked, and the connection then goes to a checked one, so a name that
 * answers differently the second time (DNS rebinding) cannot slip through.
 */
async function checkedAddress(
  url: URL,
  options: DescriptionFetchOptions,
): Promise<ResolvedAddress> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
  let addresses: ResolvedAddress[]
  try {
    addresses = await (options.resolve ?? systemResolver)(hostname)
  } catch {
    throw new DescriptionFetchError(
      'unreachable',
      `Could not find ${hostname} (DNS).`,
    )
  }
  if (addresses.length === 0)
    throw new DescriptionFetchError(
      'unreachable',
      `Could not find ${hostname} (DNS).`,
    )
  if (
    !options.allowPrivate &&
    addresses.some(({ address }) => isPrivateAddress(address))
  )
    throw new DescriptionFetchError(
      'refused',
      `${url.host} is on a private, loopback or link-local address; this explorer's server does not fetch from its own network for a page (it does when the explorer is opened on a loopback address, on your own machine).`,
    )
  return addresses[0]!
}

function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
}

function get(
  url: URL,
  address: ResolvedAddress,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      // Ours alone: nothing the page sent is forwarded.
      headers: {
        Accept: 'application/json, application/yaml, text/yaml, */*;q=0.8',
        'User-Agent': 'appcenter-api-explorer (description fetch)',
      },
      lookup: pinnedLookup(address),
      signal,
    })
    request.once('response', resolve)
    request.once('error', reject)
    request.end()
  })
}

async function readCapped(
  response: IncomingMessage,
  url: URL,
  maxBytes: number,
): Promise<Buffer> {
  const declared = Number(response.headers['content-length'])
  const tooLarge = () =>
    new DescriptionFetchError(
      'too-large',
      `${url.href} is over the ${Math.round(maxBytes / (1024 * 1024))} MB limit for descriptions.`,
    )
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      response.destroy()
      throw tooLarge()
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Fetches a description for the page, following redirects by hand and checking each hop. */
export async function fetchDescriptionForPage(
  raw: string | null,
  options: DescriptionFetchOptions,
): Promise<FetchedDescription> {
  let url = checkedUrl(raw)
  const signal = AbortSignal.timeout(options.timeoutMs)
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const address = await checkedAddress(url, options)
      const response = await get(url, address, signal)
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (status >= 300 && status < 400 && location) {
        response.resume()
        try {
          url = checkedUrl(new URL(location, url).href)
        } catch (error) {
          if (error instanceof DescriptionFetchError)
            throw new DescriptionFetchError(
              'bad-url',
              `${url.href} redirects somewhere that is not fetched: ${error.message}`,
            )
          throw error
        }
        continue
      }
      if (status < 200 || status >= 300) {
        response.resume()
        throw new DescriptionFetchError(
          'http',
          `${url.href} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}, not a description.`,
        )
      }
      return {
        url: url.href,
        contentType: response.headers['content-type'] ?? null,
        body: await readCapped(response, url, options.maxBytes),
      }
    }
    throw new DescriptionFetchError(
      'unreachable',
      `${url.href} redirected more than ${MAX_REDIRECTS} times.`,
    )
  } catch (error) {
    if (error instanceof DescriptionFetchError) throw error
    if (signal.aborted)
      throw new DescriptionFetchError(
        'timeout',
        `${url.href} did not answer within ${Math.round(options.timeoutMs / 1000)} seconds.`,
      )
    throw new DescriptionFetchError(
      'unreachable',
      `Could not reach ${url.href}: the server may be down or the address wrong.`,
    )
  }
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/**
 * Whether the explorer was opened on a loopback address (a developer's own
 * machine): the request comes from a loopback address and names one in its
 * Host. Both, because a reverse proxy on the same machine makes every
 * request come from loopback while its Host names the public site.
 */
export function openedOnLoopback(
  host: string | undefined,
  remoteAddress: string | undefined,
): boolean {
  if (!host || !remoteAddress) return false
  const hostname = host.replace(/:\d+$/, '').toLowerCase()
  const named =
    LOOPBACK_NAMES.has(hostname) ||
    hostname.endsWith('.localhost') ||
    (isIP(hostname) === 4 && hostname.startsWith('127.'))
  const from = remoteAddress.replace(/^::ffff:/, '')
  return named && (from === '::1' || from.startsWith('127.'))
}
