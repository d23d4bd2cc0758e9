import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'
import { useAppSelection } from '@/stores/app-selection-store'
import { CallFailedError, sendRequest } from '@/lib/api-client'
import { policyBlockedMessage } from '@/lib/connect-policy'
import {
  currentTargetBaseUrl,
  currentTargetSession,
  useAuthStore,
} from '@/stores/auth-store'
import { descriptionBaseUrls } from './description-bases'
import { useExplorerNotice } from './explorer-notice-store'
import { appParamSlots, fillAppParams } from './fill-app-params'
import './explorer.css'
import { bindRequestToTarget, type SwaggerRequest } from './request-interceptor'
import { fillableSchemes } from './security-schemes'
import { guardResponse, type SwaggerResponse } from './response-guard'
import { revealDeepLink } from './reveal-deep-link'
import {
  allowedRefUrl,
  remoteRefs,
  useRemoteRefs,
  withAllowedRefs,
} from './remote-refs'
import { RemoteRefsNotice } from './remote-refs-notice'
import { replaceHistoryPushes } from './history-guard'
import { accessibilityPlugin } from './swagger-plugins/accessibility-plugin'
import { deepLinkPlugin } from './swagger-plugins/deep-link-plugin'
import { explainResponsePlugin } from './swagger-plugins/explain-response-plugin'
import { noEmptyOperationsPlugin } from './swagger-plugins/no-empty-operations-plugin'
import { responsePlugin } from './swagger-plugins/response-plugin'
import { safeMarkdownPlugin } from './swagger-plugins/safe-markdown-plugin'
import { secretMaskPlugin } from './swagger-plugins/secret-mask-plugin'
import { targetPlugin } from './swagger-plugins/target-plugin'
import type { SwaggerSystem } from './swagger-system'
import { syncSwaggerAuth } from './sync-swagger-auth'
import { useLabelledSwaggerControls } from './use-labelled-swagger-controls'
import { useSingleMainLandmark } from './use-single-main-landmark'

export interface ExplorerProps {
  /**
   * An OpenAPI/Swagger document as JSON text: the whole description, or the
   * part of it the user opened. Text, because Swagger UI parses text anyway.
   */
  spec: string
  /** The location hash: Swagger UI opens the operation it names. */
  deepLink: string
  /** The API's introduction only, without operations. */
  overview?: boolean
  /** Move focus to the deep-linked operation (after a click in the index, not on page load). */
  focusDeepLink?: boolean
  /** Swagger UI plugins from other features, composed by the app; read on mount. */
  extraPlugins?: readonly SwaggerPlugin[]
}

/** A Swagger UI plugin: a function returning its components, wrappers and state plugins. */
export type SwaggerPlugin = () => object

const plugins = [
  secretMaskPlugin,
  targetPlugin,
  responsePlugin,
  explainResponsePlugin,
  noEmptyOperationsPlugin,
  deepLinkPlugin,
  safeMarkdownPlugin,
  accessibilityPlugin,
]

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Swagger UI's fetch, replaced (swagger-client calls `request.userFetch`
 * when it is set) so try-it-out goes through the app's HTTP client. When
 * the page's policy stops a call, Swagger UI would only guess at CORS, so
 * the policy's own sentence is shown above it.
 */
async function sendTryItOut(
  url: string,
  init: SwaggerRequest,
): Promise<Response> {
  try {
    return await sendRequest({
      url,
      method: init.method,
      headers: init.headers,
      body: init.body as BodyInit | null | undefined,
      session: currentTargetSession(),
      timeoutMs: null,
      source: 'try-it-out',
    })
  } catch (error) {
    if (!(error instanceof CallFailedError)) throw error
    if (error.failure.kind === 'blocked')
      useExplorerNotice
        .getState()
        .show(`Try it out: ${policyBlockedMessage(error.failure.origin)}`)
    // Swagger UI explains fetch's own error; ours would read as a server message.
    throw error.cause
  }
}

function hasOperations(spec: Record<string, unknown>): boolean {
  const paths = spec.paths
  return (
    typeof paths === 'object' &&
    paths !== null &&
    Object.values(paths).some(
      (item) => typeof item === 'object' && item !== null,
    )
  )
}

function responseInterceptor(
  response: Record<string, unknown>,
): SwaggerResponse {
  const guarded = guardResponse(response as SwaggerResponse)
  if (guarded.notice) useExplorerNotice.getState().show(guarded.notice)
  return guarded.response
}

/**
 * The only place that knows about Swagger UI. It reads most props only on
 * mount, so the app remounts it (by key) when the description changes, and
 * the interceptor reads the session at request time instead of from props.
 */
export default function Explorer({
  spec: specText,
  deepLink,
  overview = false,
  focusDeepLink = false,
  extraPlugins = [],
}: ExplorerProps) {
  const [allPlugins] = useState(() => [...plugins, ...extraPlugins])
  const container = useRef<HTMLDivElement>(null)
  const spec = useMemo(
    () => JSON.parse(specText) as Record<string, unknown>,
    [specText],
  )
  useSingleMainLandmark(container)
  useLabelledSwaggerControls(container)
  const [system, setSystem] = useState<SwaggerSystem | null>(null)
  const notice = useExplorerNotice((state) => state.notice)
  const dismissNotice = useExplorerNotice((state) => state.dismiss)
  const schemes = useMemo(() => fillableSchemes(spec), [spec])
  const appSlots = useMemo(() => appParamSlots(spec), [spec])
  const selectedApp = useAppSelection((state) => state.selected)
  const refOrigins = useMemo(
    () => remoteRefs(spec, window.location.href),
    [spec],
  )
  const refsFetchFrom = useRemoteRefs((state) => state.fetchFrom)
  const shownSpec = useMemo(
    () => withAllowedRefs(specText, refsFetchFrom, window.location.href),
    [specText, refsFetchFrom],
  )

  const [requestInterceptor] = useState(() => {
    const bases = descriptionBaseUrls(spec, window.location.href)
    return (request: Record<string, unknown>): SwaggerRequest => {
      const session = useAuthStore.getState()
      const outcome = bindRequestToTarget(request as SwaggerRequest, {
        pageHref: window.location.href,
        targetKind: session.targetKind,
        targetBaseUrl: currentTargetBaseUrl(session),
        descriptionBases: bases,
        token: session.token,
        basic: session.basic,
        allowedRefUrl,
      })
      if (outcome.notice) useExplorerNotice.getState().show(outcome.notice)
      // Throwing is how an interceptor stops Swagger UI from sending a request.
      if (outcome.blocked) throw new Error(outcome.notice ?? 'Request blocked')
      // Fetching a description or a $ref is not a call to the API: it goes without the client and its token.
      if (request.loadSpec || request.userFetch) return outcome.request
      return { ...outcome.request, userFetch: sendTryItOut }
    }
  })

  useEffect(
    () => (system ? syncSwaggerAuth(system, schemes) : undefined),
    [system, schemes],
  )
  useEffect(() => {
    if (system && selectedApp) fillAppParams(system, appSlots, selectedApp)
  }, [system, appSlots, selectedApp])
  useEffect(() => () => useExplorerNotice.getState().dismiss(), [])
  // A layout effect: in place before Swagger UI's own effects build it and read the hash.
  useLayoutEffect(() => replaceHistoryPushes(), [])

  // Swagger UI reads the hash once, when it loads; later links are passed on.
  const loadedWith = useRef(deepLink)
  useEffect(() => {
    if (!system || !container.current) return
    if (deepLink !== loadedWith.current) {
      loadedWith.current = deepLink
      // Swagger UI reads the hash URI-decoded, as its own loader passes it.
      system.layoutActions.parseDeepLinkHash(safeDecode(deepLink))
    }
    return revealDeepLink(container.current, deepLink, {
      focus: focusDeepLink,
    })
  }, [system, deepLink, focusDeepLink])

  // A description that names other servers does not take the token with it: say where calls go.
  useEffect(() => {
    const session = useAuthStore.getState()
    if (!session.token) return
    const target = currentTargetBaseUrl(session)
    const bases = descriptionBaseUrls(spec, window.location.href)
    if (bases.includes(target.replace(/\/+$/, ''))) return
    useExplorerNotice
      .getState()
      .show(
        `This description names ${bases.join(', ')}. Try-it-out calls go to ${target} instead, where your token is authorized; the token is not sent to the servers the description names.`,
      )
  }, [spec])

  return (
    <div
      className={overview ? 'explorer explorer-overview' : 'explorer'}
      ref={container}
    >
      {notice && (
        <div className="alert alert-warn" role="alert">
          {notice}{' '}
          <button type="button" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {overview ? (
        <p className="explorer-overview-note">
          Pick an operation in the operation index to open it here, with the
          other operations of its tag.
        </p>
      ) : (
        !hasOperations(spec) && (
          <p className="explorer-overview-note">
            This description defines no operations.
          </p>
        )
      )}
      <RemoteRefsNotice origins={refOrigins} />
      <SwaggerUI
        // Mounted again once references are allowed: Swagger UI resolves them afresh.
        key={Object.keys(refsFetchFrom).length}
        spec={shownSpec}
        plugins={allPlugins}
        requestInterceptor={requestInterceptor}
        responseInterceptor={responseInterceptor}
        onComplete={(instance: unknown) => setSystem(instance as SwaggerSystem)}
        deepLinking
        displayRequestDuration
        requestSnippetsEnabled
        persistAuthorization={false}
        queryConfigEnabled={false}
        docExpansion="list"
        defaultModelsExpandDepth={0}
      />
    </div>
  )
}
