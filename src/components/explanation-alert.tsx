import type { Explanation } from '@/lib/explain-call/explain-failure'

/** What a call's outcome means, in plain words: a title, the likely cause and what to do next. */
export function ExplanationAlert({
  explanation,
}: {
  explanation: Explanation
}) {
  const toneClass =
    explanation.tone === 'success'
      ? 'alert-ok'
      : explanation.tone === 'warning'
        ? 'alert-warn'
        : 'alert-error'
  return (
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
  )
}
