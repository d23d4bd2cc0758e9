import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { TARGET_LABELS } from '@/lib/targets'
import { currentTargetBaseUrl, useAuthStore } from '@/stores/auth-store'
import { useAuthorizeToken } from '../api/authorize-token'
import { useSandboxDemo, type DemoToken } from '@/lib/sandbox-demo'
import { looksLikeAppSecret } from '../token-identity'
import { useCustomUrlDraft } from '../custom-url-draft-store'
import { useIdentity } from '../api/get-identity'
import { DemoTokens } from './demo-tokens'
import { focusById, TOKEN_FIELD_ID, TOKEN_STATUS_ID } from './focus-targets'

const APP_SECRET_WARNING =
  'This looks like an App Secret (the GUID the App Center SDKs use in your app). App Secrets cannot call the REST API: use an API token instead.'

/** The API token field, with show/hide, verified against the target before it is kept. */
export function TokenForm() {
  const prefill = useAuthStore((state) => state.prefill)
  // Read once per mount: the field shows (masked) the token in use, so Show reveals it.
  const kept = useAuthStore.getState().token
  // Remounted (by key) when a new token is offered, so the offer fills the field.
  return (
    <TokenFormFields
      key={prefill?.nonce ?? 0}
      initialValue={prefill?.token ?? kept ?? ''}
      offered={prefill !== null}
    />
  )
}

function TokenFormFields({
  initialValue,
  offered,
}: {
  initialValue: string
  offered: boolean
}) {
  const [value, setValue] = useState(initialValue)
  const [visible, setVisible] = useState(false)
  const targetKind = useAuthStore((state) => state.targetKind)
  const customBaseUrl = useAuthStore((state) => state.customBaseUrl)
  const authorize = useAuthorizeToken()
  const setBasic = useAuthStore((state) => state.setBasic)
  const demo = useSandboxDemo(targetKind === 'sandbox')
  const messageId = useId()
  const appSecret = looksLikeAppSecret(value)
  const needsBaseUrl = targetKind === 'custom' && !customBaseUrl
  const baseUrlProblem = useCustomUrlDraft((state) => state.problem)
  const token = useAuthStore((state) => state.token)
  const identity = useIdentity()
  const verified = token !== null && identity.isSuccess

  // Logged out (here or by the idle timer): the field forgets the token too.
  const hadToken = useRef(token !== null)
  useEffect(() => {
    if (hadToken.current && token === null) setValue('')
    hadToken.current = token !== null
  }, [token])

  const submit = (candidate: string) => {
    const trimmed = candidate.trim()
    if (!trimmed || looksLikeAppSecret(trimmed) || needsBaseUrl) return
    authorize.mutate(trimmed, {
      onSuccess: () => {
        setValue(trimmed)
        // In the sandbox, operations that declare Basic get the demo user's credentials.
        if (targetKind === 'sandbox' && demo.data) setBasic(demo.data.basic)
        // A token offered by a guide was confirmed: back to the guide, whose next step waits.
        if (offered && candidate === initialValue) {
          useAuthStore.getState().setPanelOpen(false)
          // The header button now says who is authorized.
          focusById('authorize-button')
        } else focusById(TOKEN_STATUS_ID)
      },
    })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit(value)
  }

  const useDemo = (demoToken: DemoToken) => {
    setValue(demoToken.value)
    submit(demoToken.value)
  }

  return (
    <form className="token-form" onSubmit={onSubmit} autoComplete="off">
      <label htmlFor={TOKEN_FIELD_ID}>API token</label>
      <div className="token-input-row">
        <input
          id={TOKEN_FIELD_ID}
          name="api-token"
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          value={value}
          aria-describedby={messageId}
          aria-invalid={appSecret ? true : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <button
          type="button"
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
        <button
          type="submit"
          className="primary"
          disabled={
            authorize.isPending || !value.trim() || appSecret || needsBaseUrl
          }
        >
          Authorize
        </button>
      </div>
      <div id={messageId} aria-live="polite">
        {appSecret && (
          <p className="alert alert-warn" role="alert">
            {APP_SECRET_WARNING}
          </p>
        )}
        {needsBaseUrl && (
          <p className="hint">
            {baseUrlProblem
              ? `The custom base URL above cannot be used yet: ${baseUrlProblem}`
              : 'Enter the custom base URL above first, for example https://api.example.com.'}
          </p>
        )}
        {authorize.isPending && (
          <p className="hint">
            Checking the token against {currentTargetBaseUrl()}…
          </p>
        )}
        {authorize.isError && (
          <p className="alert alert-error" role="alert">
            {authorize.error.message}
          </p>
        )}
      </div>
      <p className="hint">
        {verified ? 'Verified' : 'Checked'} with <code>GET /v0.1/user</code> on{' '}
        {TARGET_LABELS[targetKind]}
        {verified ? '' : ' before it is kept'}, and sent nowhere else.
      </p>
      <DemoTokens onUse={useDemo} disabled={authorize.isPending} />
    </form>
  )
}
