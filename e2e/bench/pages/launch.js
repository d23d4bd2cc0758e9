/* global fetch, window */
// Without DevTools (without-devtools.ts): the bench server answers once the
// browser is quiet, with the page to load; an external script, for the page
// runs under the same Content-Security-Policy as our app.
fetch('/bench/next', { cache: 'no-store' })
  .then((response) => response.text())
  .then((url) => window.location.replace(url))
