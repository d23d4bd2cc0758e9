import type { Result, Router } from 'hono/router'
import { TrieRouter } from 'hono/router/trie-router'
import { KeptResults, PER_PATH_CAP } from './kept.ts'

// Hono's trie router walks its tree on every request. The routes are fixed
// once the sandbox is built, so a method and path always match the same way
// and the result can be kept (Hono only reads it).

export class RememberingRouter<T> implements Router<T> {
  name = 'RememberingRouter'
  #trie = new TrieRouter<T>()
  #results = new KeptResults<string, Result<T>>(PER_PATH_CAP)

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
