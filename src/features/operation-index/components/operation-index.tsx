import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { deepLinkHash, type DeepLink } from '@/lib/openapi/deep-link'
import { indexRows, type IndexRow, type SearchableIndex } from '../index-rows'
import { splitPath } from '../split-path'
import { useFocusShortcut } from '../search/use-focus-shortcut'
import '../operation-index.css'

const TAG_ROW_PX = 40
const OPERATION_ROW_PX = 48
/** Rows drawn beyond the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN_ROWS = 8
/** Before the first layout the list has no size: draw a screenful meanwhile. */
const FALLBACK_VIEWPORT = { width: 0, height: 800 }

function rowKey(row: IndexRow): string {
  return row.kind === 'tag' ? `t:${row.tag}` : `o:${row.tag}:${row.position}`
}

export interface OperationIndexProps {
  index: SearchableIndex
  /** The tag or operation on screen; null for the overview. */
  current: DeepLink | null
  /** Whether the reference has an overview page (large descriptions, shown a tag at a time). */
  hasOverview: boolean
}

function isCurrent(
  row: IndexRow,
  index: SearchableIndex,
  current: DeepLink | null,
): boolean {
  if (!current || row.tag !== current.tag) return false
  if (row.kind === 'tag') return current.linkId === null
  return index.operations[row.position]!.linkId === current.linkId
}

/** The path with its middle cut when the row is too narrow, never its end (the title has it whole). */
function OperationPath({
  path,
  deprecated,
}: {
  path: string
  deprecated?: boolean
}) {
  const { head, tail } = splitPath(path)
  const Text = deprecated ? 's' : 'span'
  return (
    <>
      {/* Screen readers get the path whole: as two flex items, its parts would be read as two words. */}
      <span className="visually-hidden">{path}</span>
      <Text className="op-path" aria-hidden="true">
        <span className="op-path-head">{head}</span>
        {tail && <span className="op-path-tail">{tail}</span>}
      </Text>
    </>
  )
}

function Row({
  row,
  index,
  current,
}: {
  row: IndexRow
  index: SearchableIndex
  current: boolean
}) {
  const ariaCurrent = current ? 'location' : undefined
  if (row.kind === 'tag')
    return (
      <a
        className="op-index-tag"
        href={deepLinkHash(row.tag)}
        aria-current={ariaCurrent}
        title={row.description || undefined}
      >
        <span className="op-index-tag-name">{row.tag}</span>
        <span
          className="op-index-tag-count"
          aria-label={`${row.shown} operations`}
        >
          {row.shown}
        </span>
      </a>
    )
  const operation = index.operations[row.position]!
  return (
    <a
      className="op-index-op"
      href={deepLinkHash(row.tag, operation.linkId)}
      aria-current={ariaCurrent}
      data-method={operation.method}
      data-path={operation.path}
      title={`${operation.method.toUpperCase()} ${operation.path}${operation.summary ? ` — ${operation.summary}` : ''}`}
    >
      <span className="op-line">
        <span className={`op-method op-method-${operation.method}`}>
          {operation.method.toUpperCase()}
        </span>{' '}
        <OperationPath
          path={operation.path}
          deprecated={operation.deprecated}
        />
      </span>
      {operation.summary && (
        <>
          {' '}
          <span className="op-summary">{operation.summary}</span>
        </>
      )}
    </a>
  )
}

/**
 * The list of every operation, grouped by tag: light enough to show at once
 * on descriptions of thousands of operations (only the rows near the
 * viewport are drawn), and the way to open any of them in Swagger UI.
 */
export function OperationIndex({
  index,
  current,
  hasOverview,
}: OperationIndexProps) {
  const filterId = useId()
  const filterField = useRef<HTMLInputElement>(null)
  const shortcut = useFocusShortcut(filterField)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const rows = useMemo(
    () => indexRows(index, deferredQuery),
    [index, deferredQuery],
  )
  const containerRef = useRef<HTMLDivElement>(null)
  // Rows have known heights, so none is ever measured; keys change with the
  // filter, which makes the virtualizer lay the new rows out afresh. (The
  // rule warns for the React Compiler, which this app does not use.)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => containerRef.current,
    estimateSize: useCallback(
      (at: number) =>
        rows[at]!.kind === 'tag' ? TAG_ROW_PX : OPERATION_ROW_PX,
      [rows],
    ),
    getItemKey: useCallback((at: number) => rowKey(rows[at]!), [rows]),
    overscan: OVERSCAN_ROWS,
    initialRect: FALLBACK_VIEWPORT,
  })
  const scrollToRow = useCallback(
    (at: number) => virtualizer.scrollToIndex(at, { align: 'auto' }),
    [virtualizer],
  )
  const shownOperations = rows.filter((row) => row.kind === 'operation').length
  const currentRow = rows.findIndex((row) => isCurrent(row, index, current))

  // Keep what is on screen in view in the index too (deep links, a reload).
  useEffect(() => {
    if (currentRow >= 0) scrollToRow(currentRow)
    // Only when the current operation changes, not on every filter keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.tag, current?.linkId])

  // Arrow keys move focus row by row; a row scrolled into view is focused once drawn.
  const pendingFocus = useRef<number | null>(null)
  const focusDrawnRow = useCallback(() => {
    const at = pendingFocus.current
    if (at === null) return
    const link = containerRef.current?.querySelector<HTMLElement>(
      `[data-row="${at}"] a`,
    )
    if (!link) return
    pendingFocus.current = null
    link.focus()
  }, [containerRef])
  useLayoutEffect(focusDrawnRow)

  const moveFocus = (to: number) => {
    if (rows.length === 0) return
    pendingFocus.current = Math.max(0, Math.min(rows.length - 1, to))
    scrollToRow(pendingFocus.current)
    focusDrawnRow()
  }

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-row]',
    )
    if (!item) return
    const at = Number(item.dataset.row)
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: at + 10,
      PageUp: at - 10,
    }
    if (!(event.key in moves)) return
    event.preventDefault()
    moveFocus(moves[event.key]!)
  }

  return (
    <nav className="op-index" aria-label="Operations">
      <div className="op-index-head">
        <div className="op-index-label">
          <label htmlFor={filterId}>Filter operations</label>
          <kbd
            aria-hidden="true"
            title={`${shortcut.shown} focuses the filter`}
          >
            {shortcut.shown}
          </kbd>
        </div>
        <input
          ref={filterField}
          id={filterId}
          type="search"
          aria-keyshortcuts={shortcut.aria}
          placeholder="Path, operationId, name or words"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault()
              moveFocus(0)
            }
          }}
        />
        <p className="op-index-count" role="status">
          {deferredQuery.trim()
            ? `${shownOperations} of ${index.operations.length} operations match`
            : `${index.operations.length} operations`}
        </p>
        {hasOverview && (
          <a
            className="op-index-overview"
            href="#/"
            aria-current={current === null ? 'page' : undefined}
          >
            Overview
          </a>
        )}
      </div>
      {/* The arrow keys, Home and End walk the links inside; the list only hears their keydown. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className="op-index-scroll"
        ref={containerRef}
        onKeyDown={onListKeyDown}
      >
        {rows.length === 0 ? (
          <p className="op-index-empty">
            No operation matches “{deferredQuery}”.
          </p>
        ) : (
          <ul
            className="op-index-list"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer
              .getVirtualItems()
              .map(({ index: at, key, start, size }) => {
                const row = rows[at]!
                return (
                  <li
                    key={key}
                    data-row={at}
                    aria-setsize={rows.length}
                    aria-posinset={at + 1}
                    style={{ top: start, height: size }}
                  >
                    <Row row={row} index={index} current={at === currentRow} />
                  </li>
                )
              })}
          </ul>
        )}
      </div>
    </nav>
  )
}
