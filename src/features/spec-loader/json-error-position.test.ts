import { describe, expect, it } from 'vitest'
import { findJsonErrorPosition } from './json-error-position'

describe('findJsonErrorPosition', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}} ',
    '"just a string"',
    '0',
  ])('finds no error in valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow()
    expect(findJsonErrorPosition(text)).toBeNull()
  })

  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['{"a": 01}', 7],
    ['{"a": 1} x', 9],
    ['{"a": "\\x"}', 6],
    ['[tru]', 1],
    ['', 0],
  ])('points at the mistake in %j', (text, position) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(findJsonErrorPosition(text)).toBe(position)
  })

  it('copes with thousands of nesting levels', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(49_999)
    expect(findJsonErrorPosition(deep)).toBe(deep.length)
  })
})
