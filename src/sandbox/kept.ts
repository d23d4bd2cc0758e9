// Results kept per key, for work that is a pure function of its key. The cap
// is a guard on memory: once it is reached, everything is forgotten and kept
// anew. Results are shared between callers: do not change them.

/**
 * The cap for results kept per method and path (route matches, operation
 * lookups): a few megabytes at most, even when paths carry ever-new ids.
 */
export const PER_PATH_CAP = 10_000

export class KeptResults<K, V> {
  readonly #kept = new Map<K, V>()
  readonly #cap: number

  constructor(cap: number) {
    this.#cap = cap
  }

  /** The result kept for `key`, or `build`'s, which is then kept. */
  get(key: K, build: (key: K) => V): V {
    let value = this.#kept.get(key)
    if (value === undefined) {
      value = build(key)
      if (this.#kept.size >= this.#cap) this.#kept.clear()
      this.#kept.set(key, value)
    }
    return value
  }

  clear(): void {
    this.#kept.clear()
  }
}

/** `build` run once per key, its result kept (see KeptResults). */
export function remembered<K, V>(
  build: (key: K) => V,
  cap = 100_000,
): (key: K) => V {
  const kept = new KeptResults<K, V>(cap)
  return (key) => kept.get(key, build)
}
