import { policyBlockedMessage } from '@/lib/connect-policy'
import { useRemoteRefs, type RemoteRefOrigin } from './remote-refs'

/**
 * Lists the documents on other sites that the description refers to, by
 * origin; each origin's are fetched (under the same rules as a description
 * by URL) only once the user says so.
 */
export function RemoteRefsNotice({ origins }: { origins: RemoteRefOrigin[] }) {
  const allowed = useRemoteRefs((state) => state.allowed)
  const allow = useRemoteRefs((state) => state.allow)
  if (origins.length === 0) return null
  return (
    <section className="alert alert-warn" aria-labelledby="remote-refs-heading">
      <h3 id="remote-refs-heading">References to other sites</h3>
      <p>
        This description refers to documents on other sites ($ref). They are not
        fetched unless you say so; until then, the parts that need them stay
        unresolved. No token is sent with them.
      </p>
      <ul>
        {origins.map((entry) => {
          const decision = allowed[entry.origin]
          return (
            <li key={entry.origin}>
              <strong>{entry.origin}</strong>:{' '}
              {entry.documents.map((url, index) => (
                <span key={url}>
                  {index > 0 && ', '}
                  <code>{url}</code>
                </span>
              ))}{' '}
              {!decision && (
                <button type="button" onClick={() => void allow(entry)}>
                  Fetch from {entry.origin}
                </button>
              )}
              {decision &&
                (decision.blockedBecause ? (
                  <span role="status">
                    {policyBlockedMessage(decision.blockedBecause)}
                  </span>
                ) : (
                  <span role="status">Fetched when needed.</span>
                ))}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
