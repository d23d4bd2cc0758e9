import type { CallResult } from '../api/call-with-token'
import { ExplanationAlert } from '@/components/explanation-alert'
import type { Explanation } from '@/lib/explain-call/explain-failure'

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
  return (
    <div className="call-result">
      <ExplanationAlert explanation={explanation} />
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
          {outcome.kind === 'response' && (
            <>
              <dt>Status</dt>
              <dd>
                {outcome.status} {outcome.statusText}
              </dd>
              <dt>Duration</dt>
              <dd>{outcome.durationMs} ms</dd>
            </>
          )}
        </dl>
        <p className="hint">
          The same call with curl (set APPCENTER_API_TOKEN in your shell first):
        </p>
        <pre className="code-block" aria-label="curl command">
          {request.curl}
        </pre>
        {outcome.kind === 'response' && (
          <>
            <p className="hint">
              Response body
              {outcome.contentType ? ` (${outcome.contentType})` : ''}:
            </p>
            {/* Shown as text, never rendered: an HTML or SVG answer cannot run anything here. */}
            <pre className="code-block" aria-label="Response body">
              {prettyBody(outcome.bodyText, outcome.json) || '(empty)'}
            </pre>
          </>
        )}
      </details>
    </div>
  )
}
