import { describe, expect, it } from 'vitest'
import { initialDescriptionState, startupLoadSource } from './startup-source'

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

describe('startupLoadSource', () => {
  it('loads the bundled description when there is no ?url=', () => {
    expect(
      startupLoadSource(initialDescriptionState('http://localhost/')),
    ).toEqual({ kind: 'bundled' })
  })

  it('loads a same-origin ?url= at once', () => {
    expect(
      startupLoadSource(
        initialDescriptionState('http://localhost/?url=/specs/tiny.json'),
      ),
    ).toEqual({ kind: 'url', url: 'http://localhost/specs/tiny.json' })
  })

  it("loads the bundled description, not another site's ?url=, which waits for consent", () => {
    expect(
      startupLoadSource(
        initialDescriptionState(
          'http://localhost/?url=https://elsewhere.example/spec.json',
        ),
      ),
    ).toEqual({ kind: 'bundled' })
  })

  it('leaves a file kept from before a reload to the app', () => {
    expect(
      startupLoadSource({
        displayed: { kind: 'file', id: 'f1', name: 'pets.json' },
        startupUrl: null,
        consentUrl: null,
        startupError: null,
      }),
    ).toBeNull()
  })
})
