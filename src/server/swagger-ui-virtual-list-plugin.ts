import type { Plugin } from 'vite'

/**
 * Rows (tag headings plus operations) from which Swagger UI's operation
 * list renders only what is on screen. Swagger UI 5.34 does so from 150
 * rows, a number written into its bundle, not a setting. Below that it
 * mounts every operation, and each expand re-renders them all: on the App
 * Center description's `account` tag (96 operations) an expand took about
 * twice as long as in a list of 150 rows or more. From 31 rows, a tag's
 * heading and 30 operations; smaller tags keep the plain list, which the
 * browser's find-in-page searches whole.
 */
export const VIRTUAL_LIST_FROM_ROWS = 31

/** The published bundle that holds the operation list (the package's `#swagger-ui` import). */
const BUNDLE = /[\\/]swagger-ui-react[\\/]swagger-ui-es-bundle-core\.js$/

const OPERATIONS_COMPONENT = 'components_operations='
/** The comparison in it that decides, as minified in swagger-ui-react 5.34.1. */
const THRESHOLD = /(\.length>=)150(?=[,;])/g

/**
 * Rewrites the threshold in the operation list's component. Throws when the
 * bundle does not read as expected (another Swagger UI version): the build
 * stops, rather than silently rendering every operation again.
 */
export function lowerVirtualListThreshold(code: string, rows: number): string {
  const start = code.indexOf(OPERATIONS_COMPONENT)
  if (start < 0 || code.indexOf(OPERATIONS_COMPONENT, start + 1) >= 0)
    throw new Error(
      `Swagger UI's bundle has no single ${OPERATIONS_COMPONENT}: see src/server/swagger-ui-virtual-list-plugin.ts`,
    )
  // The component's own code: up to the class declared after it.
  const end = code.indexOf('class ', start)
  const component = code.slice(start, end < 0 ? undefined : end)
  const matches = [...component.matchAll(THRESHOLD)]
  if (matches.length !== 1)
    throw new Error(
      `Swagger UI's operation list has ${matches.length} thresholds of 150 rows where one was expected: see src/server/swagger-ui-virtual-list-plugin.ts`,
    )
  return (
    code.slice(0, start) +
    component.replace(THRESHOLD, `$1${rows}`) +
    code.slice(start + component.length)
  )
}

function transformBundle(code: string, id: string) {
  return BUNDLE.test(id.split('?')[0]!)
    ? lowerVirtualListThreshold(code, VIRTUAL_LIST_FROM_ROWS)
    : null
}

/** For the dev server's dependency pre-bundling (Rolldown), which Vite's plugins do not reach. */
export function swaggerUiVirtualListRolldownPlugin() {
  return {
    name: 'explorer-swagger-ui-virtual-list',
    transform: (code: string, id: string) => transformBundle(code, id),
  }
}

/** Swagger UI's operation list virtualized from VIRTUAL_LIST_FROM_ROWS rows, in builds and in dev. */
export function swaggerUiVirtualListPlugin(): Plugin {
  return {
    name: 'explorer-swagger-ui-virtual-list',
    config: () => ({
      optimizeDeps: {
        rolldownOptions: { plugins: [swaggerUiVirtualListRolldownPlugin()] },
      },
    }),
    transform: (code, id) => transformBundle(code, id),
  }
}
