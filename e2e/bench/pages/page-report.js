/* global window, navigator, performance, PerformanceObserver */
/**
 * Without DevTools (without-devtools.ts), nothing can ask the page for its
 * figures, so the page sends them: written into each measured page right
 * after browser-probe.js, it waits for what its variant waits for, then
 * posts the probe's findings to the bench server in a beacon.
 */
;(() => {
  const bench = window.__bench
  const page = window.location.pathname
  const ours = !page.startsWith('/bench/')
  // Our page and its script-less shell show Send request; stock and the floor do not.
  const hasSendRequest = ours || page === '/bench/shell.html'
  const awaited = {
    '/bench/floor.html': ['document-parsed'],
    '/bench/stock.html': ['operation'],
    '/bench/shell.html': ['send-request'],
  }[page] ?? ['operation', 'send-request']
  const firstContentfulPaint = hasSendRequest
    ? new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (!entry) return
          observer.disconnect()
          resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
      })
    : Promise.resolve(null)
  // Send request's text on screen (Element Timing), where there is one.
  if (hasSendRequest) awaited.push('painted:send-request')
  Promise.all([
    Promise.all(awaited.map((name) => bench.whenSeen(name, 60_000))),
    firstContentfulPaint,
  ]).then(([, fcp]) => {
    const marks = {}
    for (const mark of performance.getEntriesByType('mark'))
      marks[mark.name] = Math.round(mark.startTime)
    navigator.sendBeacon(
      '/bench/report',
      JSON.stringify({
        page,
        seen: bench.seen,
        firstContentfulPaint: fcp,
        marks,
        violations: bench.violations,
      }),
    )
  })
})()
