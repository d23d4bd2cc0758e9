import type { ComponentProps } from 'react'
import { LoadFailed } from '@/components/load-failed'
import { onDemand } from '@/lib/on-demand'

const answer = onDemand(() => import('./call-answer'))

/** Starts loading the answer's code, e.g. as the request is sent. */
export const preloadCallAnswer = () => answer.preload()

type CallAnswerProps = ComponentProps<typeof import('./call-answer').default>

/** A call's answer and explanation; the code loads on first use. */
export function CallAnswer(props: CallAnswerProps) {
  const { value, failed, retry } = answer.useLoaded()
  if (failed)
    return (
      <LoadFailed retry={retry}>
        The answer arrived, but the code that explains it could not be loaded
        (is the network down?).
      </LoadFailed>
    )
  if (!value) return <p className="hint">Reading the answer…</p>
  return <value.default {...props} />
}
