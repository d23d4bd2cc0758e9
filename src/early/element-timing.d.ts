import 'react'

declare module 'react' {
  // Merged into React's own interface, whose type parameter it must repeat.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /**
     * The Element Timing API reports when this element's text was first
     * painted, under this name (`PerformanceElementTiming`): how
     * `npm run bench` times Send request reaching the screen.
     */
    elementtiming?: string
  }
}
