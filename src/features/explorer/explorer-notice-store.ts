import { create } from 'zustand'

interface ExplorerNoticeState {
  notice: string | null
  show: (notice: string) => void
  dismiss: () => void
}

/** What the explorer tells the user about a request it changed, such as credentials left out. */
export const useExplorerNotice = create<ExplorerNoticeState>()((set) => ({
  notice: null,
  show: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
}))
