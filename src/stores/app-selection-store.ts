import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { sessionStorageKey } from '@/lib/session-storage-key'

export interface AppRef {
  owner_name: string
  app_name: string
}

interface AppSelectionState {
  /** The app the user picked for the next calls; fills owner_name and app_name everywhere. */
  selected: AppRef | null
  select: (app: AppRef) => void
  clear: () => void
}

/** Shared by the first-call flow (which picks) and the explorer (which fills parameters). */
export const useAppSelection = create<AppSelectionState>()(
  persist(
    (set) => ({
      selected: null,
      select: (selected) => set({ selected }),
      clear: () => set({ selected: null }),
    }),
    {
      name: sessionStorageKey('app-selection'),
      storage: createJSONStorage(() => sessionStorage),
    },
  ),
)
