import { describe, expect, it } from 'vitest'
import { nestsDeeperThan } from './nesting-depth'

function nested(levels: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < levels; i++) value = { next: value }
  return value
}

describe('nestsDeeperThan', () => {
  it('accepts a value exactly at the limit', () => {
    expect(nestsDeeperThan(nested(10), 10)).toBe(false)
  })

  it('refuses a value one level past the limit', () => {
    expect(nestsDeeperThan(nested(12), 10)).toBe(true)
  })

  it('walks arrays as well as objects', () => {
    expect(nestsDeeperThan([[[[['deep']]]]], 3)).toBe(true)
  })

  it('measures 100,000 levels without overflowing', () => {
    expect(nestsDeeperThan(nested(100_000), 400)).toBe(true)
  })
})
