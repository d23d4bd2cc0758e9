import { useEffect, type RefObject } from 'react'

const UNNAMED_CONTROL =
  'input:not([aria-label]):not([id]), select:not([aria-label]), textarea:not([aria-label]):not([id])'

/** The parameter a control in a row of Swagger UI's parameter table edits, e.g. "$orderBy (query)". */
function parameterName(control: Element): string | null {
  const row = control.closest<HTMLElement>('tr[data-param-name]')
  if (!row?.dataset.paramName) return null
  return row.dataset.paramIn
    ? `${row.dataset.paramName} (${row.dataset.paramIn})`
    : row.dataset.paramName
}

/**
 * Swagger UI leaves some controls without a name (the select of an enum
 * parameter such as `$orderBy`) and its code blocks out of the tab order,
 * though they scroll. Both are fixed on the markup as Swagger UI draws it;
 * no component of its own draws these from a prop we could set.
 */
export function useLabelledSwaggerControls(
  container: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const root = container.current
    if (!root) return
    const mend = () => {
      for (const control of root.querySelectorAll(UNNAMED_CONTROL)) {
        if (control.closest('label')) continue
        const name = parameterName(control)
        if (name) control.setAttribute('aria-label', name)
      }
      for (const code of root.querySelectorAll<HTMLElement>(
        'pre.microlight:not([tabindex]), .model-example pre:not([tabindex])',
      )) {
        code.tabIndex = 0
      }
    }
    mend()
    const observer = new MutationObserver(mend)
    observer.observe(root, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [container])
}
