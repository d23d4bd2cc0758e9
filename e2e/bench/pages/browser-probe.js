/* global window, document, performance, PerformanceObserver, MutationObserver, requestAnimationFrame, setTimeout, clearTimeout */
/**
 * Installed by the benchmark before any page script runs
 * (context.addInitScript), in our app, stock Swagger UI and the floor page
 * alike. It records long tasks, performance marks, input events and the
 * moment watched elements first become visible, all on the page's own
 * clock (performance.now(), 0 = navigation start).
 *
 * Watchers look the element up when the DOM changes (MutationObserver) but
 * test visibility in requestAnimationFrame, where the layout it forces is
 * the layout the frame needs anyway: the probe adds no layout of its own.
 */
;(() => {
  const bench = {
    /** [start, end] of every long task (over 50 ms) on the main thread. */
    longTasks: [],
    /** name → performance.now() when first seen (watchers and performance marks). */
    seen: {},
    /** { type, at } of trusted click and input events, at event.timeStamp. */
    events: [],
    /** Content-Security-Policy violations, to check the pages run under the policy. */
    violations: [],
  }
  window.__bench = bench

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push([
          entry.startTime,
          entry.startTime + entry.duration,
        ])
    }).observe({ type: 'longtask', buffered: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!(entry.name in bench.seen))
          bench.seen[entry.name] = entry.startTime
    }).observe({ type: 'mark', buffered: true })
    // Element Timing: when the text of an element marked `elementtiming`
    // (our Send request button) was first on screen, as `painted:<name>`.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const name = `painted:${entry.identifier}`
        if (!(name in bench.seen))
          bench.seen[name] = entry.renderTime || entry.loadTime
      }
    }).observe({ type: 'element', buffered: true })
  } catch {
    // No long task support: the idle figure stays empty.
  }

  for (const type of ['click', 'input'])
    document.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) bench.events.push({ type, at: event.timeStamp })
      },
      true,
    )
  document.addEventListener('securitypolicyviolation', (event) => {
    bench.violations.push(`${event.violatedDirective} ${event.blockedURI}`)
  })

  /** name → { spec, resolve[] } of watchers not seen yet. */
  const pending = new Map()
  let frameRequested = false

  const find = (spec) => {
    for (const element of document.querySelectorAll(spec.selector)) {
      if (spec.text && element.textContent.trim() !== spec.text) continue
      return spec.closest ? (element.closest(spec.closest) ?? element) : element
    }
    return null
  }

  const shown = (element, spec) => {
    if (spec.enabled && element.disabled) return false
    const box = element.getBoundingClientRect()
    return (
      box.width > 0 &&
      box.height > 0 &&
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    )
  }

  const settle = (name, at) => {
    const watcher = pending.get(name)
    pending.delete(name)
    bench.seen[name] = at
    for (const resolve of watcher.resolvers) resolve(at)
    if (pending.size === 0) {
      observer.disconnect()
      observing = false
    }
  }

  const onFrame = () => {
    frameRequested = false
    const now = performance.now()
    let present = false
    for (const [name, watcher] of pending) {
      const element = find(watcher.spec)
      if (!element) continue
      if (shown(element, watcher.spec)) settle(name, now)
      else present = true
    }
    // Present but not shown yet (a stylesheet, a class to come): look again next frame.
    if (present) requestFrame()
  }

  const requestFrame = () => {
    if (frameRequested) return
    frameRequested = true
    requestAnimationFrame(onFrame)
  }

  const observer = new MutationObserver(() => {
    for (const watcher of pending.values())
      if (find(watcher.spec)) return requestFrame()
  })
  let observing = false

  /** Starts watching for an element (spec: selector, text?, closest?, enabled?). */
  bench.watch = (name, spec) => {
    if (name in bench.seen || pending.has(name)) return
    pending.set(name, { spec, resolvers: [] })
    if (!observing) {
      observing = true
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'disabled'],
      })
    }
    requestFrame()
  }

  /**
   * Resolves with the time the watcher, mark or painted element `name` was
   * first seen; with null after `timeoutMs`, if given, for a mark or a paint
   * that never came.
   */
  bench.whenSeen = (name, timeoutMs) => {
    if (name in bench.seen) return Promise.resolve(bench.seen[name])
    const watcher = pending.get(name)
    if (watcher)
      return new Promise((resolve) => watcher.resolvers.push(resolve))
    // A performance mark or an element's paint still to come.
    const started = performance.now()
    return new Promise((resolve) => {
      const poll = () => {
        if (name in bench.seen) resolve(bench.seen[name])
        else if (performance.now() - started > timeoutMs) resolve(null)
        else setTimeout(poll, 10)
      }
      poll()
    })
  }

  /**
   * Watches the element around Swagger UI's operation list and resolves once
   * it has not changed for `quietMs`: { firstMutation, lastMutation, count },
   * or null if nothing changed within `timeoutMs`.
   */
  bench.settle = (quietMs, timeoutMs, selector) => {
    // Swagger UI 5.34 renders tags in a virtual list; older ones in tag sections.
    const container =
      (selector && document.querySelector(selector)) ??
      document.querySelector('.operations-virtual')?.parentElement ??
      document.querySelector('.opblock-tag-section')?.parentElement
        ?.parentElement
    if (!container) return Promise.resolve(null)
    return new Promise((resolve) => {
      const result = { firstMutation: null, lastMutation: null, count: 0 }
      let timer = setTimeout(() => finish(null), timeoutMs)
      const finish = (value) => {
        clearTimeout(timer)
        watcher.disconnect()
        resolve(value)
      }
      const watcher = new MutationObserver((records) => {
        const now = performance.now()
        result.firstMutation ??= now
        result.lastMutation = now
        result.count += records.length
        clearTimeout(timer)
        timer = setTimeout(() => finish(result), quietMs)
      })
      watcher.observe(container, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      })
    })
  }

  // What a load waits for, watched from the very start: GET /v0.1/user
  // (our index and Swagger UI, stock's Swagger UI), and our first-call Send
  // request button (ours, and our page with its scripts taken out).
  // Ours lists it in its operation index first, then opens it in Swagger UI.
  const inSwaggerUi = {
    selector: '.opblock-get .opblock-summary-path[data-path="/v0.1/user"]',
    closest: '.opblock-summary',
  }
  const page = window.location.pathname
  const ours = !page.startsWith('/bench/')
  if (ours) {
    bench.watch('operation', {
      selector: '.op-index-op[data-method="get"][data-path="/v0.1/user"]',
    })
    bench.watch('swagger-operation', inSwaggerUi)
  } else if (page === '/bench/stock.html') bench.watch('operation', inSwaggerUi)
  if (ours || page === '/bench/shell.html')
    bench.watch('send-request', {
      selector: '.first-call button',
      text: 'Send request',
      enabled: true,
    })
})()
