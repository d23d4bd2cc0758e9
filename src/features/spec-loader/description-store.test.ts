import { describe, expect, it } from 'vitest'
import { initialDescriptionState } from './startup-source'

describe('initialDescriptionState', () => {
  it('shows the bundled description when there is no ?url=', () => {
    expect(initialDescriptionState('http://localhost:5173/')).toMatchObject({
      displayed: { kind: 'bundled' },
      startupUrl: null,
      consentUrl: null,
    })
  })

  it('loads a same-origin ?url= at once, resolving relative paths', () => {
    expect(
      initialDescriptionState('http://localhost:5173/?url=/specs/a.json'),
    ).toMatchObject({
      displayed: null,
      startupUrl: 'http://localhost:5173/specs/a.json',
    })
  })

  it('asks before loading a cross-origin ?url=', () => {
    expect(
      initialDescriptionState(
        'http://localhost:5173/?url=https%3A%2F%2Fevil.example%2Fx.json',
      ),
    ).toMatchObject({
      displayed: { kind: 'bundled' },
      startupUrl: null,
      consentUrl: 'https://evil.example/x.json',
    })
  })

  it.each([
    'javascript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
  ])('refuses a ?url= with another scheme (%s)', (value) => {
    const state = initialDescriptionState(
      `http://localhost:5173/?url=${encodeURIComponent(value)}`,
    )
    expect(state.displayed).toEqual({ kind: 'bundled' })
    expect(state.startupUrl).toBeNull()
    expect(state.consentUrl).toBeNull()
    expect(state.startupError).toMatch(/Only http and https URLs/)
  })
})
