import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { specPartsQueryOptions, specQueryOptions } from './get-spec'
import { useLoadDescription } from './load-description'

const tinyJson = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Tiny', version: '1' },
  paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } },
})
const source = { kind: 'url', url: 'http://localhost/specs/tiny.json' } as const

function loader(client: QueryClient) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return renderHook(() => useLoadDescription(), { wrapper }).result
}

describe('useLoadDescription', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('loads again, parts included, a description whose parts failed, instead of replaying the failure', async () => {
    const fetchMock = vi.fn(async () => new Response(tinyJson))
    vi.stubGlobal('fetch', fetchMock)
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false } },
    })
    await client.fetchQuery(specQueryOptions(source))
    const partsKey = specPartsQueryOptions(source).queryKey
    client.removeQueries({ queryKey: partsKey })
    await client
      .fetchQuery({
        queryKey: partsKey,
        queryFn: () =>
          Promise.reject(new Error('the worker ran out of memory')),
      })
      .catch(() => undefined)
    expect(client.getQueryState(partsKey)?.status).toBe('error')

    const result = loader(client)
    await act(() => result.current.mutateAsync(source))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    await expect(
      client.fetchQuery(specPartsQueryOptions(source)),
    ).resolves.toMatchObject({ operations: expect.any(Array) })
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })
})
