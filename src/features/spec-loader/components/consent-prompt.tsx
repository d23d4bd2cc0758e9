import { useEffect, useRef } from 'react'

interface ConsentPromptProps {
  url: string
  onAccept: () => void
  onDecline: () => void
}

/**
 * A `?url=` on another origin could be a link someone sent to make this page
 * fetch something; nothing is fetched until the user says so.
 */
export function ConsentPrompt({
  url,
  onAccept,
  onDecline,
}: ConsentPromptProps) {
  const loadButton = useRef<HTMLButtonElement>(null)
  useEffect(() => loadButton.current?.focus(), [])
  const origin = new URL(url).origin
  return (
    <div
      className="consent"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="consent-heading"
      aria-describedby="consent-text"
    >
      <h3 id="consent-heading">Load a description from another site?</h3>
      <p id="consent-text">
        This link asks to load <code>{url}</code>. It is on{' '}
        <strong>{origin}</strong>, not this site. Load it only if you trust it.
        No token is sent with it.
      </p>
      <div className="consent-actions">
        <button ref={loadButton} type="button" onClick={onAccept}>
          Load it
        </button>
        <button type="button" onClick={onDecline}>
          Don't load
        </button>
      </div>
    </div>
  )
}
