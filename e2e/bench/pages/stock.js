/* global window, SwaggerUIBundle, URLSearchParams */
// Stock swagger-ui-dist as its README sets it up, plus the filter box the
// benchmark types into (our app shows it too). The page runs under the same
// Content-Security-Policy as our app, hence an external script.
window.ui = SwaggerUIBundle({
  url: new URLSearchParams(window.location.search).get('url'),
  dom_id: '#swagger-ui',
  deepLinking: true,
  filter: true,
})
