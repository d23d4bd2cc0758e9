import { createElement, type ComponentType } from 'react'

interface OperationsProps {
  specSelectors: { operations(): { size: number } }
}

/**
 * Swagger UI says "No operations defined in spec!" whenever what it was
 * given has none, which is also the case for the Overview of a large
 * description; the explorer says what is true there instead.
 */
function hideWhenEmpty(Original: ComponentType<OperationsProps>) {
  return function OperationsUnlessEmpty(props: OperationsProps) {
    return props.specSelectors.operations().size === 0
      ? null
      : createElement(Original, props)
  }
}

export function noEmptyOperationsPlugin() {
  return { wrapComponents: { operations: hideWhenEmpty } }
}
