import { useId, useState } from 'react'
import { formatBytes } from '@/lib/format-bytes'
import type { HistoryEntry, RecordedMessage } from '@/stores/history-store'
import { curlCommand } from '../curl'
import { cannotRunAgain, runAgain } from '../run-again'

function statusText(entry: HistoryEntry): string {
  if (entry.status === null) return 'No response'
  if (entry.status === 0) return 'Redirect'
  return `${entry.status}${entry.statusText ? ` ${entry.statusText}` : ''}`
}

function statusClass(status: number | null): string {
  if (status === null || status === 0 || status >= 400) return 'history-bad'
  return 'history-ok'
}

function Message({
  title,
  message,
}: {
  title: string
  message: RecordedMessage
}) {
  const headers = Object.entries(message.headers)
  const { body, bodyOmitted } = message
  return (
    <div className="history-message">
      <h4>{title}</h4>
      <pre className="code-block" aria-label={`${title} headers`}>
        {headers.length
          ? headers.map(([name, value]) => `${name}: ${value}`).join('\n')
          : '(no headers)'}
      </pre>
      {body?.cut && (
        <p className="hint">
          Body cut at 1 MB: the whole body was {formatBytes(body.length)}.
        </p>
      )}
      {bodyOmitted && (
        <p className="hint">A {bodyOmitted} body, not recorded.</p>
      )}
      {body && body.text !== '' && (
        <pre className="code-block" aria-label={`${title} body`}>
          {body.text}
        </pre>
      )}
    </div>
  )
}

/** One call: a line that opens to its request and response, with Run again and Copy as curl. */
export function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const [open, setOpen] = useState(false)
  const [said, setSaid] = useState<string | null>(null)
  const [running, setRunning] = useState(false)
  const detailsId = useId()
  const time = new Date(entry.startedAt).toLocaleTimeString()
  const blockedRun = cannotRunAgain(entry)
  const curl = curlCommand(entry)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(curl)
      setSaid('Copied the curl command.')
    } catch {
      setOpen(true)
      setSaid('Could not copy: select the curl command below and copy it.')
    }
  }
  const again = async () => {
    setRunning(true)
    setSaid(null)
    try {
      const response = await runAgain(entry)
      setSaid(
        `Ran again: ${response.status || 'redirect'}; the new call is at the top.`,
      )
    } catch {
      setSaid('Ran again: no response; the new call is at the top.')
    } finally {
      setRunning(false)
    }
  }

  return (
    <li className="history-entry">
      <div className="history-line">
        <button
          type="button"
          className="history-toggle"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          <span className="history-method">{entry.method}</span>{' '}
          <span className="history-url">{entry.url}</span>{' '}
          <span className={statusClass(entry.status)}>{statusText(entry)}</span>{' '}
          <span className="history-meta">
            {entry.durationMs} ms ·{' '}
            <time dateTime={new Date(entry.startedAt).toISOString()}>
              {time}
            </time>
            {entry.source === 'first-call' ? ' · first call' : ' · try it out'}
          </span>
        </button>
        <div className="history-actions">
          <button
            type="button"
            onClick={() => void again()}
            disabled={running || blockedRun !== null}
            title={blockedRun ?? undefined}
          >
            Run again
          </button>
          <button type="button" onClick={() => void copy()}>
            Copy as curl
          </button>
        </div>
      </div>
      <p className="history-said" role="status">
        {said}
      </p>
      {open && (
        <div id={detailsId} className="history-details">
          {entry.failure && <p className="alert alert-warn">{entry.failure}</p>}
          {blockedRun && <p className="hint">{blockedRun}</p>}
          {entry.bodiesNotKept && (
            <p className="hint">
              Its bodies were too large to keep across a reload of the tab; only
              the headers are left.
            </p>
          )}
          <Message title="Request" message={entry.request} />
          {entry.response && (
            <Message title="Response" message={entry.response} />
          )}
          <h4>As curl</h4>
          <pre className="code-block" aria-label="As curl">
            {curl}
          </pre>
        </div>
      )}
    </li>
  )
}
