import { useFirstCallStore } from '../first-call-store'

/** Reopens the guide from the header once it was hidden. */
export function FirstCallToggle() {
  const dismissed = useFirstCallStore((state) => state.dismissed)
  const reopen = useFirstCallStore((state) => state.reopen)
  if (!dismissed) return null
  return (
    <button type="button" className="header-link" onClick={reopen}>
      First call guide
    </button>
  )
}
