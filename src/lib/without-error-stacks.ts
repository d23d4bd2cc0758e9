declare global {
  interface ErrorConstructor {
    /** V8: how many frames an Error's stack keeps; when not a number, no stack is captured at all. */
    stackTraceLimit?: number
  }
}

/**
 * Runs `load` with Errors made meanwhile getting no stack, until its
 * promise settles. For loading react-dom: it makes five Errors as it is
 * evaluated, kept to be thrown later (Suspense, hydration) and never shown.
 * With DevTools open, V8 works out where in the code each one was made,
 * reparsing the code to do so: about 45 ms on a 2-core machine, before the
 * app can take the page over. Without a `stackTraceLimit`, V8 captures no
 * stack, for DevTools either.
 */
export function withoutErrorStacks<T>(load: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit
  delete Error.stackTraceLimit
  return load().finally(() => {
    Error.stackTraceLimit = limit
  })
}
