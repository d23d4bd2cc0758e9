import type { Result, Router } from 'hono/router'
import { TrieRouter } from 'hono/router/trie-router'
import { KeptResults } from './kept.ts'

// Hono's trie router walks its tree on every request. The routes are fixed
// once the sandbox is built, so a method and path always match the same way
// and the result can be kept (Hono only reads it). The cap, a few megabytes
// at most, bounds memory when paths carry ever-new ids.

export const CAP = 10_000

export class RememberingRouter<T> implements Router<T> {
  name = 'RememberingRouter'
  #trie = new TrieRouter<T>()
  #results = new KeptResults<string, Result<T>>(CAP)

  add(method: string, path: string, handler: T): void {
    this.#results.clear()
    this.#trie.add(method, path, handler)
  }

  match(method: string, path: string): Result<T> {
    return this.#results.get(`${method} ${path}`, () =>
      this.#trie.match(method, path),
    )
  }
}
