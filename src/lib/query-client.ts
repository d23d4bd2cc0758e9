import { QueryClient } from '@tanstack/react-query'

/**
 * The app's one QueryClient. A module of its own, not made by the provider,
 * because src/main.tsx starts the description the page opens with in it
 * before the app's code has even been evaluated.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retry: false },
    mutations: { retry: false },
  },
})
