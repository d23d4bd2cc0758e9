import { useHistoryStore } from '@/stores/history-store'
import { HISTORY_PANEL_ID } from './panel-id'

/** In the header: opens and closes this tab's history of calls. */
export function HistoryButton() {
  const open = useHistoryStore((state) => state.open)
  const setOpen = useHistoryStore((state) => state.setOpen)
  return (
    <button
      type="button"
      className="header-link"
      aria-expanded={open}
      aria-controls={HISTORY_PANEL_ID}
      onClick={() => setOpen(!open)}
    >
      History
    </button>
  )
}
