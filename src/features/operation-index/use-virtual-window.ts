import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

/** Rows drawn beyond the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN_PX = 400
/** Before layout (and in jsdom) the viewport has no height: assume a screenful. */
const FALLBACK_VIEWPORT_PX = 800

/** First index whose row ends below `y`. */
function firstEndingAfter(offsets: number[], heights: number[], y: number) {
  let low = 0
  let high = heights.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle]! + heights[middle]! <= y) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Draws only the rows of a long list that are near the viewport of its
 * scroll container. Rows have known heights, so no row is ever measured.
 */
export function useVirtualWindow(heights: number[]) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(0)

  const offsets = useMemo(() => {
    const result = new Array<number>(heights.length)
    let y = 0
    for (let at = 0; at < heights.length; at++) {
      result[at] = y
      y += heights[at]!
    }
    return result
  }, [heights])
  const totalHeight = heights.length > 0 ? offsets.at(-1)! + heights.at(-1)! : 0

  // The observer reports the container's height after the browser's own
  // layout, first right after `observe`. Reading clientHeight here instead
  // would force a layout of the whole page in the middle of React's commit,
  // before the index could be painted. Until the report, rows for
  // FALLBACK_VIEWPORT_PX are drawn.
  useEffect(() => {
    const container = containerRef.current
    if (!container || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() =>
      setViewport(container.clientHeight),
    )
    observer.observe(container)
    return () => observer.disconnect()
  }, [])

  const height = viewport || FALLBACK_VIEWPORT_PX
  const start = firstEndingAfter(
    offsets,
    heights,
    Math.max(0, scrollTop - OVERSCAN_PX),
  )
  const end = Math.min(
    heights.length,
    firstEndingAfter(offsets, heights, scrollTop + height + OVERSCAN_PX) + 1,
  )

  const onScroll = useCallback(() => {
    if (containerRef.current) setScrollTop(containerRef.current.scrollTop)
  }, [])

  /** Scrolls the least needed to bring row `at` fully into view. */
  const scrollToRow = useCallback(
    (at: number) => {
      const container = containerRef.current
      if (!container || at < 0 || at >= heights.length) return
      const top = offsets[at]!
      const bottom = top + heights[at]!
      const visibleHeight = container.clientHeight || FALLBACK_VIEWPORT_PX
      let next = container.scrollTop
      if (top < next) next = top
      else if (bottom > next + visibleHeight) next = bottom - visibleHeight
      if (next !== container.scrollTop) {
        container.scrollTop = next
        setScrollTop(next)
      }
    },
    [heights, offsets],
  )

  return {
    containerRef,
    onScroll,
    offsets,
    totalHeight,
    start,
    end,
    scrollToRow,
  }
}
