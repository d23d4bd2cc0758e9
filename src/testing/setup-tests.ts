import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

afterEach(() => {
  cleanup()
  sessionStorage.clear()
})

// jsdom has no element scrolling; the operation index's virtualizer scrolls
// with scrollTo and listens for the scroll event, as in a browser.
if (
  typeof Element !== 'undefined' &&
  !(Element.prototype as Partial<Element>).scrollTo
) {
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    options?: ScrollToOptions | number,
    y?: number,
  ) {
    const target =
      typeof options === 'number' ? { left: options, top: y } : options
    if (target?.top !== undefined) this.scrollTop = target.top
    if (target?.left !== undefined) this.scrollLeft = target.left
    // Browsers report a scroll later, never inside the call.
    queueMicrotask(() => this.dispatchEvent(new Event('scroll')))
  } as Element['scrollTo']
}
