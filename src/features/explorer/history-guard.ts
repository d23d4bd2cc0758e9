/**
 * Swagger UI's deep linking pushes a history entry for every step it takes
 * to open an operation (the tag, a legacy spelling, then the operation),
 * and again whenever one is expanded. Navigation here is the index's links
 * and the address; Back and Forward should move between those, not through
 * Swagger UI's bookkeeping. While Swagger UI is mounted, a pushState
 * (only Swagger UI uses it in this app) replaces the current entry instead.
 */
export function replaceHistoryPushes(history: History = window.history) {
  const push = history.pushState
  const replacing: History['pushState'] = (data, unused, url) =>
    history.replaceState(data, unused, url)
  history.pushState = replacing
  return () => {
    // Only undo our own patch, in case something patched it after us.
    if (history.pushState === replacing) history.pushState = push
  }
}
