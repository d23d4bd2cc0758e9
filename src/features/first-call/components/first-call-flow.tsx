import { useEffect, useRef } from 'react'
import { useSandboxDemo } from '@/lib/sandbox-demo'
import { whereCallsGo } from '@/lib/targets'
import { useAuthStore } from '@/stores/auth-store'
import { useSendFirstCall } from '../api/send-first-call'
import { useFirstCallStore } from '../first-call-store'
import { ChooseApp } from './choose-app'
import { CallAnswer, preloadCallAnswer } from './lazy-call-answer'

function StepMark({ done }: { done: boolean }) {
  return done ? (
    <span className="step-done" aria-label="done">
      ✓
    </span>
  ) : null
}

/**
 * From no token to a successful GET /v0.1/user: three clicks in the sandbox,
 * and every failure explained on the way.
 */
export function FirstCallFlow() {
  const dismissed = useFirstCallStore((state) => state.dismissed)
  const succeededAs = useFirstCallStore((state) => state.succeededAs)
  const dismiss = useFirstCallStore((state) => state.dismiss)
  const restart = useFirstCallStore((state) => state.restart)
  const markSucceeded = useFirstCallStore((state) => state.markSucceeded)
  const hasToken = useAuthStore((state) => state.token !== null)
  const targetKind = useAuthStore((state) => state.targetKind)
  const customBaseUrl = useAuthStore((state) => state.customBaseUrl)
  const isSandbox = targetKind === 'sandbox'
  const offerToken = useAuthStore((state) => state.offerToken)
  const setPanelOpen = useAuthStore((state) => state.setPanelOpen)
  const demo = useSandboxDemo(isSandbox)
  const send = useSendFirstCall({
    mutationConfig: {
      onSuccess: ({ outcome }) => {
        const profile =
          outcome.kind === 'response' && outcome.status === 200
            ? (outcome.json as { display_name?: unknown })
            : null
        if (profile && typeof profile.display_name === 'string')
          markSucceeded(profile.display_name)
      },
    },
  })

  // After Send request, focus goes to the answer: the next thing to read.
  const answer = useRef<HTMLDivElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (send.data) answer.current?.focus()
  }, [send.data])

  if (dismissed) return null
  const userToken = demo.data?.tokens.find(
    (token) => token.kind === 'user' && token.access === 'full',
  )
  const succeeded = succeededAs !== null
  // Nothing to start over from on a fresh page.
  const started = succeeded || send.data !== undefined || send.isError

  return (
    <section className="first-call" aria-labelledby="first-call-heading">
      <div className="panel-head">
        <h2 id="first-call-heading" ref={heading} tabIndex={-1}>
          Make your first call
        </h2>
        <div className="panel-row">
          {started && (
            <button
              type="button"
              onClick={() => {
                send.reset()
                restart()
                // The button goes away with what it cleared.
                heading.current?.focus()
              }}
            >
              Start over
            </button>
          )}
          <button type="button" onClick={dismiss}>
            Hide this guide
          </button>
        </div>
      </div>
      <p className="where-calls-go">
        {whereCallsGo(targetKind, customBaseUrl)}
      </p>
      <ol className="steps">
        <li>
          <h3>
            Get a token <StepMark done={hasToken} />
          </h3>
          <p>
            In the App Center portal, a <strong>user token</strong> comes from
            your avatar, <em>Account Settings</em>, <em>User API Tokens</em>; an{' '}
            <strong>app token</strong> from the app's <em>Settings</em>,{' '}
            <em>App API Tokens</em>. Copy it when it is shown: it is shown only
            once.
          </p>
          {isSandbox && (
            <button
              type="button"
              className="primary"
              disabled={!userToken}
              onClick={() => userToken && offerToken(userToken.value)}
            >
              Use a sandbox token
            </button>
          )}
        </li>
        <li>
          <h3>
            Authorize <StepMark done={hasToken} />
          </h3>
          <p>
            {hasToken
              ? 'Authorized: calls from this page now carry your token, to the target you chose and nowhere else.'
              : 'Press Authorize in the panel that opens (it is checked with GET /v0.1/user first).'}{' '}
            {!hasToken && (
              <button type="button" onClick={() => setPanelOpen(true)}>
                Open the Authorize panel
              </button>
            )}
          </p>
        </li>
        <li>
          <h3>
            Send <code>GET /v0.1/user</code> <StepMark done={succeeded} />
          </h3>
          <p>The simplest call there is: who does this token belong to?</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              void preloadCallAnswer()
              send.mutate()
            }}
            disabled={send.isPending}
            elementtiming="send-request"
          >
            Send request
          </button>
          {send.isPending && <span className="hint"> Sending…</span>}
        </li>
        <li>
          <h3>
            Read the answer <StepMark done={succeeded} />
          </h3>
          <div
            ref={answer}
            tabIndex={-1}
            className="call-answer"
            aria-label="The answer"
            role="region"
          >
            {send.data ? (
              <CallAnswer result={send.data} showProfile />
            ) : succeeded ? (
              <p>Your first call worked: it answered as {succeededAs}.</p>
            ) : (
              <p className="hint">
                The status, the time it took and the response will show here, in
                plain words.
              </p>
            )}
          </div>
        </li>
        <li>
          <h3>Pick an app for the next calls</h3>
          <p>
            Most calls name an app by <code>owner_name</code> and{' '}
            <code>app_name</code>. Paste the app's URL from the portal, or list
            your apps.
          </p>
          <ChooseApp />
        </li>
      </ol>
    </section>
  )
}
