/* global window, document, fetch, performance, URLSearchParams */
// The floor: what any viewer must at least do before it can show anything,
// fetch the description and parse it. The parsed document is kept, so the
// heap figure counts it.
// When a page's first script can run on this machine: the baseline for ours's first steps.
performance.mark('script-started')
const status = document.getElementById('status')
fetch(new URLSearchParams(window.location.search).get('url'))
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return response.text()
  })
  .then((text) => {
    window.description = JSON.parse(text)
    performance.mark('document-parsed')
    status.textContent = `Parsed ${Object.keys(window.description.paths ?? {}).length} paths.`
  })
  .catch((error) => {
    status.textContent = `Failed: ${error}`
  })
