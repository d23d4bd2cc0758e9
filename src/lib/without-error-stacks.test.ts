import { afterEach, describe, expect, it } from 'vitest'
import { withoutErrorStacks } from './without-error-stacks'

const before = Error.stackTraceLimit

afterEach(() => {
  Error.stackTraceLimit = before
})

describe('withoutErrorStacks', () => {
  it('gives Errors made while it loads no stack, and stacks again once loaded', async () => {
    let madeMeanwhile: Error | undefined
    const loaded = await withoutErrorStacks(async () => {
      madeMeanwhile = new Error('made while loading')
      return 'module'
    })
    expect(loaded).toBe('module')
    expect(madeMeanwhile?.stack).toBeUndefined()
    expect(Error.stackTraceLimit).toBe(before)
    expect(new Error('made after').stack).toContain('made after')
  })

  it('puts the limit back when the load fails too', async () => {
    Error.stackTraceLimit = 7
    await expect(
      withoutErrorStacks(() => Promise.reject(new Error('offline'))),
    ).rejects.toThrow('offline')
    expect(Error.stackTraceLimit).toBe(7)
  })
})
