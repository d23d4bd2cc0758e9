import { lazyPart } from '@/components/lazy-part'
import { useHistoryStore } from '@/stores/history-store'

// The panel loads when it first opens: the page paints without it.
const historyPanel = lazyPart(
  async () => (await import('./history-panel')).HistoryPanel,
)

/** The History region, while the header's History button has it open. */
export function HistoryWhenOpen() {
  const open = useHistoryStore((state) => state.open)
  return open ? (
    <historyPanel.LazyPart
      loading={
        <p className="hint" role="status">
          Loading the history…
        </p>
      }
      failed="The history could not be loaded (is the network down?)."
    />
  ) : null
}
