import { useCallback, useEffect, useRef } from 'react'
import {
  onPolicyBlock,
  originOrNull,
  policyBlockedMessage,
} from '@/lib/connect-policy'
import { useExplorerNotice } from './explorer-notice-store'

/**
 * When the page's security policy stops a try-it-out call, Swagger UI only
 * says "Failed to fetch" and guesses at CORS. The explorer notes where it
 * sent calls (the returned function, called by the request interceptor);
 * a stop for one of those origins shows the policy's own sentence above
 * Swagger UI.
 */
export function usePolicyBlockNotice(): (url: string) => void {
  const sentTo = useRef(new Set<string>())
  useEffect(
    () =>
      onPolicyBlock((origin) => {
        if (sentTo.current.has(origin))
          useExplorerNotice
            .getState()
            .show(`Try it out: ${policyBlockedMessage(origin)}`)
      }),
    [],
  )
  return useCallback((url: string) => {
    // Not an absolute URL: nothing the policy could name.
    const origin = originOrNull(url)
    if (origin) sentTo.current.add(origin)
  }, [])
}
