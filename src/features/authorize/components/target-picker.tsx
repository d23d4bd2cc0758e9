import { useId, useState } from 'react'
import {
  normalizeCustomBaseUrl,
  PRODUCTION_BASE_URL,
  SANDBOX_PATH,
  type TargetKind,
  whereCallsGo,
} from '@/lib/targets'
import { useAuthStore } from '@/stores/auth-store'
import { useCustomUrlDraft } from '../custom-url-draft-store'

/** Why a typed base URL cannot be used yet; null when it can, or when nothing is typed. */
function problemWith(draft: string): string | null {
  if (!draft.trim()) return null
  try {
    normalizeCustomBaseUrl(draft)
    return null
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

/** Which API the token is for. Changing it forgets the token: a token is bound to one origin. */
export function TargetPicker() {
  const targetKind = useAuthStore((state) => state.targetKind)
  const customBaseUrl = useAuthStore((state) => state.customBaseUrl)
  const setTarget = useAuthStore((state) => state.setTarget)
  const [draft, setDraft] = useState(customBaseUrl)
  const [error, setError] = useState<string | null>(null)
  const setDraftProblem = useCustomUrlDraft((state) => state.setProblem)
  const customId = useId()
  const errorId = useId()

  const choose = (kind: TargetKind) => {
    setError(null)
    setDraftProblem(null)
    if (kind !== 'custom') return setTarget(kind)
    if (customBaseUrl) setTarget('custom', customBaseUrl)
    else setTarget('custom', '')
  }

  const applyCustom = () => {
    try {
      const normalized = normalizeCustomBaseUrl(draft)
      setDraft(normalized)
      setError(null)
      setTarget('custom', normalized)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  const options: Array<{ kind: TargetKind; label: string; hint: string }> = [
    {
      kind: 'sandbox',
      label: 'Sandbox',
      hint: `this app's local App Center stand-in, ${window.location.origin}${SANDBOX_PATH}`,
    },
    {
      kind: 'production',
      label: 'App Center production',
      hint: PRODUCTION_BASE_URL,
    },
    {
      kind: 'custom',
      label: 'Custom base URL',
      hint: 'an App Center-compatible endpoint of yours',
    },
  ]

  return (
    <fieldset className="target-picker">
      <legend>Target</legend>
      {options.map((option) => (
        <label key={option.kind} className="radio-row">
          <input
            type="radio"
            name="target"
            value={option.kind}
            checked={targetKind === option.kind}
            onChange={() => choose(option.kind)}
          />
          <span>
            <strong>{option.label}</strong>{' '}
            <span className="hint">({option.hint})</span>
          </span>
        </label>
      ))}
      {targetKind === 'production' && (
        <p className="hint target-note">
          {whereCallsGo('production', customBaseUrl)}
        </p>
      )}
      {targetKind === 'custom' && (
        <div className="custom-target">
          <label htmlFor={customId}>Base URL</label>
          <input
            id={customId}
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://api.example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.target.value)
              setDraftProblem(problemWith(event.target.value))
            }}
            onBlur={applyCustom}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                applyCustom()
              }
            }}
          />
          {error && (
            <p id={errorId} role="alert" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  )
}
