import { useEffect, useRef } from 'react'
import { MAX_HISTORY_ENTRIES, useHistoryStore } from '@/stores/history-store'
import '../history.css'
import { HistoryItem } from './history-item'
import { HISTORY_PANEL_ID } from './panel-id'

/** This tab's calls, newest first, each with its request and response, Run again and Copy as curl. */
export function HistoryPanel() {
  const entries = useHistoryStore((state) => state.entries)
  const clear = useHistoryStore((state) => state.clear)
  const setOpen = useHistoryStore((state) => state.setOpen)
  const heading = useRef<HTMLHeadingElement>(null)
  const panel = useRef<HTMLElement>(null)
  useEffect(() => heading.current?.focus(), [])
  // Escape pressed on any control inside the panel closes it.
  useEffect(() => {
    const element = panel.current
    if (!element) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [setOpen])
  return (
    <section
      ref={panel}
      id={HISTORY_PANEL_ID}
      className="history-panel"
      aria-labelledby="history-heading"
    >
      <div className="panel-head">
        <h2 id="history-heading" ref={heading} tabIndex={-1}>
          History
        </h2>
        <div className="history-actions">
          <button type="button" onClick={clear} disabled={entries.length === 0}>
            Clear
          </button>
          <button
            type="button"
            aria-label="Close the history"
            onClick={() => setOpen(false)}
          >
            Close
          </button>
        </div>
      </div>
      <p className="hint">
        This tab's first calls and try-it-out calls, the last{' '}
        {MAX_HISTORY_ENTRIES}. Kept like your token: for this tab only, never in
        localStorage, and with the token replaced by{' '}
        <code>$APPCENTER_API_TOKEN</code>.
      </p>
      {entries.length === 0 ? (
        <p className="history-empty">No calls yet.</p>
      ) : (
        <ol className="history-list" aria-label="Calls, newest first">
          {entries.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  )
}
