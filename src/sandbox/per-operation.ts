import type { DescribedOperation } from './description.ts'

/**
 * `build` run the first time an operation asks, its result kept for as long
 * as the operation is: what depends only on the operation is not worked out
 * again on every request.
 */
export function perOperation<T>(
  build: (operation: DescribedOperation) => T,
): (operation: DescribedOperation) => T {
  const built = new WeakMap<DescribedOperation, T>()
  return (operation) => {
    if (!built.has(operation)) built.set(operation, build(operation))
    return built.get(operation) as T
  }
}
