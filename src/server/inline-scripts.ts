/**
 * The text of each script written into an HTML page, not loaded from a
 * file: what the security policy admits by hash (security-headers.ts) and
 * what `npm run bench` counts as the page's own JavaScript.
 */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!))
    .map(([, , body]) => body!)
}
