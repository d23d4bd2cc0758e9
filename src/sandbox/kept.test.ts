import { describe, expect, it } from 'vitest'
import { KeptResults, remembered } from './kept.ts'

describe('KeptResults', () => {
  it('builds a key once and then answers with the kept result', () => {
    const kept = new KeptResults<string, { key: string }>(10)
    const built: string[] = []
    const build = (key: string) => {
      built.push(key)
      return { key }
    }
    const first = kept.get('a', build)
    expect(kept.get('a', build)).toBe(first)
    expect(kept.get('b', build)).toEqual({ key: 'b' })
    expect(built).toEqual(['a', 'b'])
  })

  it('forgets everything once it holds its cap, then keeps anew', () => {
    const kept = new KeptResults<number, number>(2)
    let builds = 0
    const build = (key: number) => {
      builds += 1
      return key * 10
    }
    kept.get(1, build)
    kept.get(2, build)
    expect(kept.get(3, build)).toBe(30)
    expect(builds).toBe(3)
    expect(kept.get(1, build)).toBe(10)
    expect(builds).toBe(4)
    expect(kept.get(3, build)).toBe(30)
    expect(builds).toBe(4)
  })

  it('builds again after clear()', () => {
    const kept = new KeptResults<string, object>(10)
    const first = kept.get('a', () => ({}))
    kept.clear()
    expect(kept.get('a', () => ({}))).not.toBe(first)
  })
})

describe('remembered', () => {
  it('runs its build once per key', () => {
    let builds = 0
    const double = remembered((n: number) => {
      builds += 1
      return [n * 2]
    })
    expect(double(4)).toBe(double(4))
    expect(double(5)).toEqual([10])
    expect(builds).toBe(2)
  })
})
