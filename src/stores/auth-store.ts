import { create } from 'zustand'
import {
  createJSONStorage,
  persist,
  type StateStorage,
} from 'zustand/middleware'
import type { TargetSession } from '@/lib/api-client'
import { sessionStorageKey } from '@/lib/session-storage-key'
import { targetBaseUrl, type TargetKind } from '@/lib/targets'

export type Persistence = 'session' | 'memory'
export type LogoutReason = 'user' | 'idle' | 'description-changed'

export interface BasicCredentials {
  username: string
  password: string
}

export const DEFAULT_IDLE_MINUTES = 30
export const AUTH_STORAGE_KEY = sessionStorageKey('auth')

interface AuthState {
  /** The API token, for this tab only. Never logged, never in a query key. */
  token: string | null
  /** Basic credentials for the token-management operations, under the same rules. */
  basic: BasicCredentials | null
  targetKind: TargetKind
  customBaseUrl: string
  persistence: Persistence
  idleMinutes: number
  /** When the user last did something; the token is forgotten after idleMinutes without activity. */
  lastActivityAt: number
  /** Why the token was last forgotten by the app rather than by the user, to say so once. */
  loggedOutBecause: LogoutReason | null
  /** Whether snippets show the token itself instead of $APPCENTER_API_TOKEN. */
  revealInSnippets: boolean
  panelOpen: boolean
  /** A token offered to the panel's field (e.g. by the first-call flow); memory only, never persisted. */
  prefill: { token: string; nonce: number } | null

  authorize: (token: string) => void
  setBasic: (basic: BasicCredentials | null) => void
  logout: (reason?: LogoutReason) => void
  setTarget: (kind: TargetKind, customBaseUrl?: string) => void
  setPersistence: (persistence: Persistence) => void
  setIdleMinutes: (minutes: number) => void
  touch: () => void
  setRevealInSnippets: (reveal: boolean) => void
  setPanelOpen: (open: boolean) => void
  dismissLogoutNotice: () => void
  /** Opens the panel with the token field filled in, for the user to confirm with Authorize. */
  offerToken: (token: string) => void
}

/**
 * sessionStorage lives as long as the tab and is never shared with other
 * tabs' new sessions; nothing here ever touches localStorage or cookies.
 */
const tabStorage: StateStorage = {
  getItem: (name) => sessionStorage.getItem(name),
  setItem: (name, value) => sessionStorage.setItem(name, value),
  removeItem: (name) => sessionStorage.removeItem(name),
}

type Persisted = Pick<
  AuthState,
  | 'token'
  | 'basic'
  | 'targetKind'
  | 'customBaseUrl'
  | 'persistence'
  | 'idleMinutes'
  | 'lastActivityAt'
>

export function idleExpired(
  state: Pick<AuthState, 'lastActivityAt' | 'idleMinutes'>,
  now: number,
): boolean {
  return now - state.lastActivityAt >= state.idleMinutes * 60_000
}

export const useAuthStore = create<AuthState>()(
  persist(
    (set) => ({
      token: null,
      basic: null,
      targetKind: 'sandbox',
      customBaseUrl: '',
      persistence: 'session',
      idleMinutes: DEFAULT_IDLE_MINUTES,
      lastActivityAt: Date.now(),
      loggedOutBecause: null,
      revealInSnippets: false,
      panelOpen: false,
      prefill: null,

      authorize: (token) =>
        set({ token, lastActivityAt: Date.now(), loggedOutBecause: null }),
      setBasic: (basic) => set({ basic }),
      logout: (reason = 'user') =>
        set({
          token: null,
          basic: null,
          prefill: null,
          revealInSnippets: false,
          loggedOutBecause: reason === 'user' ? null : reason,
        }),
      // A token belongs to one target: changing the target forgets it.
      setTarget: (targetKind, customBaseUrl) =>
        set((state) => {
          const nextCustom = customBaseUrl ?? state.customBaseUrl
          const same =
            targetKind === state.targetKind &&
            (targetKind !== 'custom' || nextCustom === state.customBaseUrl)
          return same
            ? {}
            : {
                targetKind,
                customBaseUrl: nextCustom,
                token: null,
                basic: null,
                revealInSnippets: false,
              }
        }),
      setPersistence: (persistence) => set({ persistence }),
      setIdleMinutes: (idleMinutes) =>
        set({ idleMinutes, lastActivityAt: Date.now() }),
      touch: () => set({ lastActivityAt: Date.now() }),
      setRevealInSnippets: (revealInSnippets) => set({ revealInSnippets }),
      setPanelOpen: (panelOpen) => set({ panelOpen }),
      dismissLogoutNotice: () => set({ loggedOutBecause: null }),
      offerToken: (token) =>
        set((state) => ({
          prefill: { token, nonce: (state.prefill?.nonce ?? 0) + 1 },
          panelOpen: true,
        })),
    }),
    {
      name: AUTH_STORAGE_KEY,
      storage: createJSONStorage(() => tabStorage),
      // In memory-only mode the secrets never reach storage at all.
      partialize: (state): Partial<Persisted> => {
        const common = {
          targetKind: state.targetKind,
          customBaseUrl: state.customBaseUrl,
          persistence: state.persistence,
          idleMinutes: state.idleMinutes,
        }
        if (state.persistence === 'memory' || !state.token) return common
        return {
          ...common,
          token: state.token,
          basic: state.basic,
          lastActivityAt: state.lastActivityAt,
        }
      },
      // A tab restored long after it was left (browsers restore sessionStorage
      // with closed tabs) must not bring an idle token back.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<Persisted>
        const merged = { ...current, ...saved }
        if (merged.token && idleExpired(merged, Date.now())) {
          return {
            ...merged,
            token: null,
            basic: null,
            loggedOutBecause: 'idle',
          }
        }
        return merged
      },
    },
  ),
)

/** The base URL the token is bound to, read outside React (e.g. by the request interceptor). */
export function currentTargetBaseUrl(state = useAuthStore.getState()): string {
  return targetBaseUrl(
    state.targetKind,
    state.customBaseUrl,
    window.location.origin,
  )
}

/** Where the token may go, as the HTTP client takes it. */
export function currentTargetSession(
  state = useAuthStore.getState(),
): TargetSession {
  return { baseUrl: currentTargetBaseUrl(state), token: state.token }
}
