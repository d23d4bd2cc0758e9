import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deferred } from '@/lib/deferred'
import { ErrorBoundary } from './error-boundary'
import { lazyPart } from './lazy-part'

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>
}

const shown = { loading: 'Loading…', failed: 'It could not be loaded.' }

describe('lazyPart', () => {
  it('shows its fallback, then the component once its code is in, loading it once however often it is preloaded', async () => {
    let calls = 0
    const gate = deferred<typeof Greeting>()
    const part = lazyPart(() => {
      calls++
      return gate.promise
    })
    void part.preload()
    void part.preload()
    render(<part.LazyPart name="Ada" {...shown} />)
    expect(screen.getByText('Loading…')).toBeTruthy()
    await act(async () => gate.resolve(Greeting))
    expect(await screen.findByText('Hello, Ada')).toBeTruthy()
    expect(calls).toBe(1)
  })

  it('says what is missing when the code does not arrive, and loads it again on Try again', async () => {
    const attempts = [deferred<typeof Greeting>(), deferred<typeof Greeting>()]
    let calls = 0
    const part = lazyPart(() => attempts[calls++]!.promise)
    render(<part.LazyPart name="Ada" {...shown} />)
    await act(async () => attempts[0]!.reject(new TypeError('offline')))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'It could not be loaded.',
    )
    await act(async () =>
      screen.getByRole('button', { name: 'Try again' }).click(),
    )
    expect(screen.getByText('Loading…')).toBeTruthy()
    await act(async () => attempts[1]!.resolve(Greeting))
    expect(await screen.findByText('Hello, Ada')).toBeTruthy()
    expect(calls).toBe(2)
  })

  it('leaves a crash of the loaded component to a boundary further up', async () => {
    function Crashing(): never {
      throw new Error('broken')
    }
    const part = lazyPart(async () => Crashing)
    render(
      <ErrorBoundary fallback={(error) => <p>Outer: {error.message}</p>}>
        <part.LazyPart {...shown} />
      </ErrorBoundary>,
    )
    expect(await screen.findByText('Outer: broken')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })
})
