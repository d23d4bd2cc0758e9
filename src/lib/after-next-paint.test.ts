import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './after-next-paint'

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[]
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    )
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
      frames[handle - 1] = () => undefined
    })
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('runs in the task after the next frame, once', () => {
    const run = vi.fn()
    afterNextPaint(run)
    expect(run).not.toHaveBeenCalled()
    for (const frame of frames) frame(performance.now())
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs anyway when no frame comes', () => {
    const run = vi.fn()
    afterNextPaint(run)
    vi.advanceTimersByTime(249)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs at once in a hidden tab, which paints no frames', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const run = vi.fn()
    afterNextPaint(run)
    expect(run).toHaveBeenCalledTimes(1)
    expect(frames).toEqual([])
  })

  it('runs neither after the frame nor after the fallback once cancelled', () => {
    const run = vi.fn()
    const cancel = afterNextPaint(run)
    cancel()
    for (const frame of frames) frame(performance.now())
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
  })

  it('runs at once where there are no frames at all', () => {
    vi.stubGlobal('requestAnimationFrame', undefined)
    const run = vi.fn()
    afterNextPaint(run)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
