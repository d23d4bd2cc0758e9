import type { ComponentType } from 'react'
import { ExplanationAlert } from '@/components/explanation-alert'
import { stoppedByPolicy } from '@/lib/connect-policy'
import { explainOutcome } from '@/lib/explain-call/explain-failure'
import { useTokenContext } from '@/lib/explain-call/use-token-context'
import { tryItOutOutcome, type TryItOutResponse } from '../try-it-out-outcome'

interface LiveResponseProps {
  response?: { toJS(): TryItOutResponse }
  path: string
  method: string
  specSelectors: {
    requestFor(path: string, method: string): { get(key: 'url'): unknown }
  }
}

/**
 * Under every try-it-out response that is not a success, the same
 * plain-words explanation the first call gives: what happened, the likely
 * cause and what to do next.
 */
function explainLiveResponse(Original: ComponentType<LiveResponseProps>) {
  return function ExplainedLiveResponse(props: LiveResponseProps) {
    const token = useTokenContext()
    const requestUrl = props.specSelectors
      .requestFor(props.path, props.method)
      ?.get('url')
    const outcome = props.response
      ? tryItOutOutcome(
          props.response.toJS(),
          typeof requestUrl === 'string' ? requestUrl : '',
          stoppedByPolicy,
          Date.now(),
        )
      : null
    const success =
      outcome?.kind === 'response' &&
      outcome.status >= 200 &&
      outcome.status < 300
    return (
      <>
        <Original {...props} />
        {outcome && !success && (
          <div className="try-it-out-explanation">
            <ExplanationAlert explanation={explainOutcome(outcome, token)} />
          </div>
        )}
      </>
    )
  }
}

export function explainResponsePlugin() {
  return { wrapComponents: { liveResponse: explainLiveResponse } }
}
