import { create } from 'zustand'

interface CustomUrlDraftState {
  /** What is wrong with the custom base URL being typed; null while it is fine or empty. */
  problem: string | null
  setProblem: (problem: string | null) => void
}

/** Lets the token form say why it cannot authorize yet, in the picker's own words. */
export const useCustomUrlDraft = create<CustomUrlDraftState>()((set) => ({
  problem: null,
  setProblem: (problem) => set({ problem }),
}))
