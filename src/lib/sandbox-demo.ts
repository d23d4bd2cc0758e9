import { queryOptions, useQuery } from '@tanstack/react-query'
import { SANDBOX_PATH } from '@/lib/targets'

export interface DemoToken {
  value: string
  kind: 'user' | 'app'
  access: 'full' | 'read_only'
  app?: { owner_name: string; app_name: string }
  description: string
}

export interface SandboxDemo {
  basic: { username: string; password: string }
  tokens: DemoToken[]
}

function isDemo(value: unknown): value is SandboxDemo {
  const demo = value as SandboxDemo
  return (
    typeof demo === 'object' &&
    demo !== null &&
    Array.isArray(demo.tokens) &&
    typeof demo.basic === 'object'
  )
}

/** The sandbox's demo credentials; they are generated per sandbox process. */
export async function getSandboxDemo(
  signal?: AbortSignal,
): Promise<SandboxDemo> {
  const response = await fetch(`${SANDBOX_PATH}/_sandbox/demo`, {
    signal,
    credentials: 'omit',
  })
  if (!response.ok) throw new Error(`The sandbox answered ${response.status}.`)
  const body: unknown = await response.json()
  if (!isDemo(body))
    throw new Error('The sandbox sent demo credentials in an unexpected shape.')
  return body
}

export function sandboxDemoQueryOptions() {
  return queryOptions({
    queryKey: ['sandbox-demo'],
    queryFn: ({ signal }) => getSandboxDemo(signal),
    staleTime: Infinity,
  })
}

export function useSandboxDemo(enabled = true) {
  return useQuery({ ...sandboxDemoQueryOptions(), enabled })
}

export function demoTokenLabel(token: DemoToken): string {
  const access = token.access === 'full' ? 'full access' : 'read-only'
  return token.kind === 'user'
    ? `User token, ${access}`
    : `App token for ${token.app?.owner_name}/${token.app?.app_name}, ${access}`
}
