import type { CallResult } from '../api/call-with-token'
import { explainOutcome } from '@/lib/explain-call/explain-failure'
import { useTokenContext } from '@/lib/explain-call/use-token-context'
import { CallResultView } from './call-result'
import { ProfileFields } from './profile-fields'

/**
 * What came back and what it means. Loaded with the first Send request, not
 * with the page: the explanations of every failure are a good part of the
 * flow's code and nobody needs them before a call.
 */
export default function CallAnswer({
  result,
  showProfile = false,
}: {
  result: CallResult
  /** After GET /v0.1/user: what the profile's fields mean. */
  showProfile?: boolean
}) {
  const explanation = explainOutcome(result.outcome, useTokenContext())
  return (
    <>
      <CallResultView result={result} explanation={explanation} />
      {showProfile &&
        explanation.tone === 'success' &&
        result.outcome.kind === 'response' && (
          <ProfileFields
            profile={result.outcome.json as Record<string, unknown>}
          />
        )}
    </>
  )
}
