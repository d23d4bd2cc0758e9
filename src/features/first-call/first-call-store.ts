import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { sessionStorageKey } from '@/lib/session-storage-key'

interface FirstCallState {
  /** Hidden by the user; reopened from the header. */
  dismissed: boolean
  /** Who the first successful call answered as, so progress survives a reload. */
  succeededAs: string | null
  dismiss: () => void
  reopen: () => void
  markSucceeded: (displayName: string) => void
  restart: () => void
}

/** Progress through the guided first call, for this tab's session only. */
export const useFirstCallStore = create<FirstCallState>()(
  persist(
    (set) => ({
      dismissed: false,
      succeededAs: null,
      dismiss: () => set({ dismissed: true }),
      reopen: () => set({ dismissed: false }),
      markSucceeded: (succeededAs) => set({ succeededAs }),
      restart: () => set({ dismissed: false, succeededAs: null }),
    }),
    {
      name: sessionStorageKey('first-call'),
      storage: createJSONStorage(() => sessionStorage),
    },
  ),
)
