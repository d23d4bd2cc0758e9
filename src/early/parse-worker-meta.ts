/** The `<meta name=…>` in which the build tells the page's first script where the parse worker's script is. */
export const PARSE_WORKER_META = 'explorer-parse-worker'
