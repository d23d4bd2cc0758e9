import { lazyPart } from '@/components/lazy-part'

const answer = lazyPart(async () => (await import('./call-answer')).default)

/** Starts loading the answer's code, e.g. as the request is sent. */
export const preloadCallAnswer = answer.preload

type CallAnswerProps = Parameters<typeof import('./call-answer').default>[0]

/** A call's answer and explanation; the code loads on first use. */
export function CallAnswer(props: CallAnswerProps) {
  return (
    <answer.LazyPart
      {...props}
      loading={<p className="hint">Reading the answer…</p>}
      failed="The answer arrived, but the code that explains it could not be loaded (is the network down?)."
    />
  )
}
