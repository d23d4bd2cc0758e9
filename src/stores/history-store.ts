import { create } from 'zustand'
import {
  createJSONStorage,
  persist,
  type StateStorage,
} from 'zustand/middleware'
import {
  redactBody,
  redactHeaders,
  redactText,
  type Secrets,
} from '@/lib/redact-secrets'
import {
  onCallCompleted,
  type CallSource,
  type CompletedCall,
} from '@/lib/api-client'
import { policyStopSentence } from '@/lib/connect-policy'
import { sessionStorageKey } from '@/lib/session-storage-key'
import { useAuthStore } from './auth-store'

export const HISTORY_STORAGE_KEY = sessionStorageKey('history')
export const MAX_HISTORY_ENTRIES = 100
/** Bodies longer than this (in characters, about 1 MB of JSON) are cut. */
export const MAX_HISTORY_BODY_CHARS = 1024 * 1024

export interface RecordedBody {
  /** At most MAX_HISTORY_BODY_CHARS, secrets redacted. */
  text: string
  /** The whole body's length in characters, before it was cut. */
  length: number
  cut: boolean
}

export interface RecordedMessage {
  headers: Record<string, string>
  body: RecordedBody | null
  /** What was sent instead of a text body (form data, a file), which the history does not copy. */
  bodyOmitted?: string
}

export interface HistoryEntry {
  id: string
  source: CallSource
  method: string
  url: string
  /** When the call started (ms since the epoch). */
  startedAt: number
  durationMs: number
  /** Null when no response came back (see failure). */
  status: number | null
  statusText: string
  /** Why there is no response: the network, the page's policy, a timeout. */
  failure: string | null
  /** How the original call treated redirects; Run again does the same. */
  redirect: RequestRedirect
  request: RecordedMessage
  response: RecordedMessage | null
  /** Its bodies did not fit in sessionStorage, so only this tab's memory had them. */
  bodiesNotKept?: boolean
}

/** A call as it was made, secrets and all: recordCall redacts it before anything keeps it. */
export interface CallRecord {
  source: CallSource
  method: string
  url: string
  startedAt: number
  durationMs: number
  status: number | null
  statusText?: string
  failure?: string | null
  redirect?: RequestRedirect
  request: {
    headers: Record<string, string>
    body: string | null
    bodyOmitted?: string
  }
  response: { headers: Record<string, string>; body: string | null } | null
}

interface HistoryState {
  entries: HistoryEntry[]
  open: boolean
  recordCall: (call: CallRecord) => void
  clear: () => void
  setOpen: (open: boolean) => void
}

function cutBody(
  text: string | null,
  redact: (text: string) => string,
): RecordedBody | null {
  if (text === null) return null
  const cut = text.length > MAX_HISTORY_BODY_CHARS
  return {
    text: redact(cut ? text.slice(0, MAX_HISTORY_BODY_CHARS) : text),
    length: text.length,
    cut,
  }
}

let sequence = 0

/** The call as the history keeps it: the session's secrets replaced by placeholders, bodies cut. */
export function toHistoryEntry(
  call: CallRecord,
  secrets: Secrets,
): HistoryEntry {
  const text = (value: string) => redactText(value, secrets)
  const body = (value: string) => redactBody(value, secrets)
  return {
    id: `${call.startedAt.toString(36)}-${(sequence++).toString(36)}`,
    source: call.source,
    method: call.method.toUpperCase(),
    url: text(call.url),
    startedAt: call.startedAt,
    durationMs: call.durationMs,
    status: call.status,
    statusText: call.statusText ?? '',
    failure: call.failure ? text(call.failure) : null,
    redirect: call.redirect ?? 'manual',
    request: {
      headers: redactHeaders(call.request.headers, secrets),
      // A request body is the user's own; it is redacted but not scanned for issued tokens.
      body: cutBody(call.request.body, text),
      ...(call.request.bodyOmitted && {
        bodyOmitted: call.request.bodyOmitted,
      }),
    },
    response: call.response && {
      headers: redactHeaders(call.response.headers, secrets),
      body: cutBody(call.response.body, body),
    },
  }
}

function currentSecrets(): Secrets {
  const { token, basic } = useAuthStore.getState()
  return { token, basic }
}

type Persisted = { state: { entries: HistoryEntry[] }; version?: number }

/** The oldest `count` entries without their bodies (entries are newest first). */
function withoutOldestBodies(
  entries: HistoryEntry[],
  count: number,
): HistoryEntry[] {
  return entries.map((entry, index) =>
    index < entries.length - count || (!entry.request.body && !entry.response)
      ? entry
      : {
          ...entry,
          bodiesNotKept: true,
          request: { ...entry.request, body: null },
          response: entry.response && { ...entry.response, body: null },
        },
  )
}

/**
 * sessionStorage holds about 5 MB per origin: when the history does not
 * fit, the oldest entries' bodies stay in memory only, then the oldest
 * entries themselves, rather than the write failing and keeping nothing.
 */
function writeWithinQuota(name: string, value: string): void {
  try {
    sessionStorage.setItem(name, value)
    return
  } catch {
    // Over the quota: fall through and keep less.
  }
  const saved = JSON.parse(value) as Persisted
  const entries = saved.state.entries
  const attempts: HistoryEntry[][] = []
  for (let count = 1; count < entries.length * 2; count *= 2)
    attempts.push(withoutOldestBodies(entries, Math.min(count, entries.length)))
  const bare = withoutOldestBodies(entries, entries.length)
  for (let keep = bare.length >> 1; keep > 0; keep >>= 1)
    attempts.push(bare.slice(0, keep))
  attempts.push([])
  for (const attempt of attempts) {
    try {
      sessionStorage.setItem(
        name,
        JSON.stringify({
          ...saved,
          state: { ...saved.state, entries: attempt },
        }),
      )
      return
    } catch {
      // Still too large: try keeping less.
    }
  }
}

/** Like the token: this tab's sessionStorage, or nothing when the user chose memory only. */
const historyStorage: StateStorage = {
  getItem: (name) => sessionStorage.getItem(name),
  setItem: (name, value) => {
    if (useAuthStore.getState().persistence === 'memory')
      sessionStorage.removeItem(name)
    else writeWithinQuota(name, value)
  },
  removeItem: (name) => sessionStorage.removeItem(name),
}

/** This tab's calls, newest first: memory plus sessionStorage, never localStorage. */
export const useHistoryStore = create<HistoryState>()(
  persist(
    (set) => ({
      entries: [],
      open: false,
      recordCall: (call) => {
        const entry = toHistoryEntry(call, currentSecrets())
        set((state) => ({
          entries: [entry, ...state.entries].slice(0, MAX_HISTORY_ENTRIES),
        }))
      },
      clear: () => set({ entries: [] }),
      setOpen: (open) => set({ open }),
    }),
    {
      name: HISTORY_STORAGE_KEY,
      storage: createJSONStorage(() => historyStorage),
      partialize: (state) => ({ entries: state.entries }),
    },
  ),
)

// Choosing memory only takes the history out of storage too; choosing the session again puts it back.
useAuthStore.subscribe((state, previous) => {
  if (state.persistence === previous.persistence) return
  if (state.persistence === 'memory')
    sessionStorage.removeItem(HISTORY_STORAGE_KEY)
  else useHistoryStore.setState({})
})

/** Records a finished call, from outside React (the HTTP layer's hook points). */
export function recordCall(call: CallRecord): void {
  useHistoryStore.getState().recordCall(call)
}

/** Why a call got no response, in the words the rest of the page uses. */
function failureOf(result: CompletedCall['result']): string | null {
  switch (result.kind) {
    case 'response':
      return null
    case 'redirect':
      return 'The server answered with a redirect, which was not followed.'
    case 'blocked':
      return policyStopSentence(result.origin)
    case 'timeout':
      return `No answer within ${Math.round(result.timeoutMs / 1000)} seconds.`
    case 'network':
      return 'No response: the server did not answer, or did not allow this page to read it (CORS).'
  }
}

/** A call the HTTP client completed, as the history records it. */
export function fromCompletedCall(
  call: CompletedCall & { source: CallSource },
): CallRecord {
  const { result } = call
  return {
    source: call.source,
    method: call.method,
    url: call.url,
    startedAt: call.startedAt,
    durationMs: call.durationMs,
    status: result.kind === 'response' ? result.status : null,
    statusText: result.kind === 'response' ? result.statusText : '',
    failure: failureOf(result),
    redirect: 'manual',
    request: { headers: call.requestHeaders, body: call.requestBody },
    response:
      result.kind === 'response'
        ? { headers: result.headers, body: result.body }
        : null,
  }
}

/** From now on every first-call and try-it-out call the HTTP client completes goes in the history; returns the stop. */
export function startRecordingCalls(): () => void {
  return onCallCompleted((call) => {
    if (call.source)
      recordCall(fromCompletedCall({ ...call, source: call.source }))
  })
}
