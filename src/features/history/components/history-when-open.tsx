import { LoadFailed } from '@/components/load-failed'
import { onDemand } from '@/lib/on-demand'
import { useHistoryStore } from '@/stores/history-store'

// The panel loads when it first opens: the page paints without it.
const historyPanel = onDemand(() => import('./history-panel'))

function LoadedHistoryPanel() {
  const { value, failed, retry } = historyPanel.useLoaded()
  if (failed)
    return (
      <LoadFailed retry={retry}>
        The history could not be loaded (is the network down?).
      </LoadFailed>
    )
  return value ? <value.HistoryPanel /> : null
}

/** The History region, while the header's History button has it open. */
export function HistoryWhenOpen() {
  const open = useHistoryStore((state) => state.open)
  return open ? <LoadedHistoryPanel /> : null
}
