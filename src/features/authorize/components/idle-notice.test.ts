import { describe, expect, it } from 'vitest'
import { timeLeftInSteps } from './idle-notice'

describe('timeLeftInSteps', () => {
  it('changes at a few thresholds only, so it is not read out every second', () => {
    const said = new Set<string>()
    for (let seconds = 60; seconds > 0; seconds--)
      said.add(timeLeftInSteps(seconds))
    expect([...said]).toEqual(['a minute', '30 seconds', '10 seconds'])
  })

  it('counts minutes above one', () => {
    expect(timeLeftInSteps(61)).toBe('2 minutes')
    expect(timeLeftInSteps(180)).toBe('3 minutes')
  })
})
