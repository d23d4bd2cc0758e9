import { CopyButton } from '@/components/copy-button'
import type { CallResult } from '../api/call-with-token'
import type { Explanation } from '../explain-failure'

function prettyBody(bodyText: string, json: unknown): string {
  return json === undefined ? bodyText : JSON.stringify(json, null, 2)
}

/** The request as sent (token masked), what came back, and what it means. */
export function CallResultView({
  result,
  explanation,
}: {
  result: CallResult
  explanation: Explanation
}) {
  const { request, outcome } = result
  const body =
    outcome.kind === 'response'
      ? prettyBody(outcome.bodyText, outcome.json)
      : ''
  const toneClass =
    explanation.tone === 'success'
      ? 'alert-ok'
      : explanation.tone === 'warning'
        ? 'alert-warn'
        : 'alert-error'
  return (
    <div className="call-result">
      <div
        className={`alert ${toneClass}`}
        role={explanation.tone === 'success' ? 'status' : 'alert'}
      >
        <strong>{explanation.title}</strong>
        <p>{explanation.cause}</p>
        {explanation.nextSteps.length > 0 && (
          <ul>
            {explanation.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        )}
      </div>
      {/* What step 4 promises stays in view; the rest folds away after a success. */}
      {outcome.kind === 'response' && (
        <dl className="call-summary">
          <div>
            <dt>Status</dt>
            <dd>
              {outcome.status} {outcome.statusText}
            </dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd>{outcome.durationMs} ms</dd>
          </div>
        </dl>
      )}
      <details className="call-details" open={explanation.tone !== 'success'}>
        <summary>Request and response</summary>
        <dl className="call-facts">
          <dt>Request</dt>
          <dd>
            <code>
              {request.method} {request.url}
            </code>
          </dd>
          <dt>Headers</dt>
          <dd>
            {Object.entries(request.shownHeaders).map(([name, value]) => (
              <code key={name} className="header-line">
                {name}: {value}
              </code>
            ))}
          </dd>
        </dl>
        <p className="hint">
          The same call with curl (set APPCENTER_API_TOKEN in your shell first):
        </p>
        <div className="snippet">
          <pre className="code-block" aria-label="curl command" tabIndex={0}>
            {request.curl}
          </pre>
          <CopyButton text={request.curl} label="Copy curl" />
        </div>
        {outcome.kind === 'response' && (
          <>
            <p className="hint">
              Response body
              {outcome.contentType ? ` (${outcome.contentType})` : ''}:
            </p>
            {/* Shown as text, never rendered: an HTML or SVG answer cannot run anything here. */}
            <div className="snippet">
              <pre
                className="code-block"
                aria-label="Response body"
                tabIndex={0}
              >
                {body || '(empty)'}
              </pre>
              {body && <CopyButton text={body} label="Copy the response" />}
            </div>
          </>
        )}
      </details>
    </div>
  )
}
