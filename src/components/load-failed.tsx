import type { ReactNode } from 'react'

/** Code loaded on first use did not arrive: say what is missing, and offer to try again. */
export function LoadFailed({
  children,
  retry,
}: {
  children: ReactNode
  retry: () => void
}) {
  return (
    <p role="alert" className="alert alert-error">
      {children}{' '}
      <button type="button" onClick={retry}>
        Try again
      </button>
    </p>
  )
}
