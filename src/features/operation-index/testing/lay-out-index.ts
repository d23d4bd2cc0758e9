import { afterAll, beforeAll } from 'vitest'

const VIEWPORT_PX = 800

function isIndex(element: Element) {
  return element.classList.contains('op-index-scroll')
}

/**
 * jsdom lays nothing out, so the index's virtualizer would see a list of no
 * height and draw nothing. For the tests of the describe block this is
 * called in, the index's scroll container gets a browser's figures: a
 * viewport of 800 px over its list's height.
 */
export function layOutIndex(): void {
  const saved = ['clientHeight', 'scrollHeight'].map(
    (name) =>
      [
        name,
        Object.getOwnPropertyDescriptor(Element.prototype, name)!,
      ] as const,
  )
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return isIndex(this) ? VIEWPORT_PX : 0
      },
    })
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        const list = this.firstElementChild as HTMLElement | null
        return isIndex(this) ? parseFloat(list?.style.height ?? '') || 0 : 0
      },
    })
  })
  afterAll(() => {
    for (const [name, descriptor] of saved)
      Object.defineProperty(Element.prototype, name, descriptor)
  })
}
