import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { policyBlockedMessage } from '@/lib/connect-policy'
import { descriptionRouteQueryOptions } from '@/lib/page-server'

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
  const route = useQuery(descriptionRouteQueryOptions(url)).data
  useEffect(() => loadButton.current?.focus(), [route?.kind])
  const origin = new URL(url).origin
  // On a static host the page's policy would stop it: say so now, instead of asking for trust and then failing.
  if (route?.kind === 'blocked')
    return (
      <div className="consent" role="alert">
        <h3>This description cannot be loaded here</h3>
        <p>
          This link asks to load <code>{url}</code>.{' '}
          {policyBlockedMessage(route.origin)}
        </p>
        <div className="consent-actions">
          <button ref={loadButton} type="button" onClick={onDecline}>
            Dismiss
          </button>
        </div>
      </div>
    )
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
        No token is sent with it
        {route?.kind === 'server'
          ? "; this explorer's server fetches it for the page, with nothing of yours."
          : '.'}
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
