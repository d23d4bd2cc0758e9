import {
  markSecretHeaders,
  unmarkSnippet,
  type SnippetShell,
} from '../snippet-masking'

/** An Immutable.js Map, as Swagger UI hands requests to snippet generators. */
interface ImmutableRequest {
  get(key: 'headers'): { toJS(): Record<string, string> } | undefined
  set(key: 'headers', value: unknown): ImmutableRequest
}

type Generator = (request: ImmutableRequest) => string

interface Toolbox {
  Im: { fromJS(value: unknown): unknown }
  getSystem(): { secretMaskSelectors: { reveal(): boolean } }
  fn: Record<string, Generator | undefined>
}

const GENERATORS: Record<string, SnippetShell> = {
  requestSnippetGenerator_curl_bash: 'bash',
  requestSnippetGenerator_curl_powershell: 'powershell',
  requestSnippetGenerator_curl_cmd: 'cmd',
}

/**
 * Shown and copied snippets name $APPCENTER_API_TOKEN instead of the token
 * (and a variable instead of Basic credentials) unless the user reveals them.
 * The reveal flag lives in Swagger UI's own state, so flipping it re-renders
 * the snippets at once.
 */
export function secretMaskPlugin({ Im, getSystem, fn }: Toolbox) {
  const wrapped: Record<string, Generator> = {}
  for (const [name, shell] of Object.entries(GENERATORS)) {
    const original = fn[name]
    if (!original) continue
    wrapped[name] = (request) => {
      if (getSystem().secretMaskSelectors.reveal()) return original(request)
      const headers = request.get('headers')?.toJS() ?? {}
      return unmarkSnippet(
        original(request.set('headers', Im.fromJS(markSecretHeaders(headers)))),
        shell,
      )
    }
  }
  return {
    statePlugins: {
      secretMask: {
        actions: {
          setReveal: (reveal: boolean) => ({
            type: 'SECRET_MASK_SET_REVEAL',
            payload: reveal,
          }),
        },
        reducers: {
          SECRET_MASK_SET_REVEAL: (
            state: { set(key: string, value: boolean): unknown },
            action: { payload: boolean },
          ) => state.set('reveal', action.payload),
        },
        selectors: {
          reveal: (state: { get(key: string): unknown } | undefined) =>
            state?.get('reveal') === true,
        },
      },
    },
    fn: wrapped,
  }
}
