import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deferred } from './deferred'
import { onDemand } from './on-demand'

describe('onDemand', () => {
  it('loads once, however often it is preloaded, and renders what arrived', async () => {
    let calls = 0
    const gate = deferred<string>()
    const module = onDemand(() => {
      calls++
      return gate.promise
    })
    function View() {
      const { value } = module.useLoaded()
      return <p>{value ?? 'loading'}</p>
    }
    void module.preload()
    render(<View />)
    expect(screen.getByText('loading')).toBeTruthy()
    await act(async () => gate.resolve('loaded'))
    expect(screen.getByText('loaded')).toBeTruthy()
    expect(calls).toBe(1)
  })

  it('reports a failed load and loads again on retry', async () => {
    const attempts = [deferred<string>(), deferred<string>()]
    let calls = 0
    const module = onDemand(() => attempts[calls++]!.promise)
    function View() {
      const { value, failed, retry } = module.useLoaded()
      if (failed) return <button onClick={retry}>retry</button>
      return <p>{value ?? 'loading'}</p>
    }
    render(<View />)
    await act(async () => attempts[0]!.reject(new Error('offline')))
    await act(async () => screen.getByRole('button', { name: 'retry' }).click())
    expect(screen.getByText('loading')).toBeTruthy()
    await act(async () => attempts[1]!.resolve('second'))
    expect(screen.getByText('second')).toBeTruthy()
    expect(calls).toBe(2)
  })
})
