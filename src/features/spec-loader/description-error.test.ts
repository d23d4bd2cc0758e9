import { describe, expect, it } from 'vitest'
import { DescriptionError, isDescriptionError } from './description-error'

describe('isDescriptionError', () => {
  it('knows an error thrown by another copy of the class', () => {
    const fromOtherCopy = Object.assign(new Error('gone'), {
      name: 'DescriptionError',
      kind: 'http',
    })
    expect(isDescriptionError(fromOtherCopy)).toBe(true)
    expect(isDescriptionError(new DescriptionError('http', 'gone'))).toBe(true)
  })

  it('does not take other errors for one', () => {
    expect(isDescriptionError(new Error('DescriptionError'))).toBe(false)
    expect(isDescriptionError({ name: 'DescriptionError', kind: 'http' })).toBe(
      false,
    )
    expect(isDescriptionError(null)).toBe(false)
  })
})
