import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint'

describe('afterFirstPaint', () => {
  let frames: FrameRequestCallback[]
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('starts in the task after the first frame, once', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    const start = vi.fn()
    afterFirstPaint(start)
    expect(start).not.toHaveBeenCalled()
    for (const frame of frames) frame(performance.now())
    expect(start).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(start).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('starts anyway when no frame comes', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    const start = vi.fn()
    afterFirstPaint(start)
    vi.advanceTimersByTime(249)
    expect(start).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('starts at once in a hidden tab, which paints no frames', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const start = vi.fn()
    afterFirstPaint(start)
    expect(start).toHaveBeenCalledTimes(1)
    expect(frames).toEqual([])
  })
})
