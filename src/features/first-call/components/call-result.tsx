import { CodeBlock } from '@/components/code-block'
import { CopyButton } from '@/components/copy-button'
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
  const body =
    outcome.kind === 'response'
      ? prettyBody(outcome.bodyText, outcome.json)
      : ''
  return (
    <div className="call-result">
      <ExplanationAlert explanation={explanation} />
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
          <CodeBlock label="curl command" text={request.curl} />
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
              <CodeBlock label="Response body" text={body || '(empty)'} />
              {body && <CopyButton text={body} label="Copy the response" />}
            </div>
          </>
        )}
      </details>
    </div>
  )
}
