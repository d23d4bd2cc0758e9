import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  lowerVirtualListThreshold,
  swaggerUiVirtualListRolldownPlugin,
  VIRTUAL_LIST_FROM_ROWS,
} from './swagger-ui-virtual-list-plugin'

const require = createRequire(import.meta.url)
const bundlePath = path.join(
  path.dirname(require.resolve('swagger-ui-react')),
  'swagger-ui-es-bundle-core.js',
)
const bundle = readFileSync(bundlePath, 'utf8')

/** The operation list's component, from its name to the class after it. */
function operationsComponent(code: string): string {
  const start = code.indexOf('components_operations=')
  return code.slice(start, code.indexOf('class ', start))
}

describe('lowerVirtualListThreshold', () => {
  it("rewrites the installed Swagger UI's operation list to go virtual from our row count, and nothing else", () => {
    const rewritten = lowerVirtualListThreshold(bundle, VIRTUAL_LIST_FROM_ROWS)
    const component = operationsComponent(rewritten)
    expect(component).toContain(`.length>=${VIRTUAL_LIST_FROM_ROWS}`)
    expect(component).not.toContain('.length>=150')
    // The same code around it, character for character.
    expect(rewritten.length).toBe(
      bundle.length - '150'.length + String(VIRTUAL_LIST_FROM_ROWS).length,
    )
    expect(rewritten.replace(component, '')).toBe(
      bundle.replace(operationsComponent(bundle), ''),
    )
  })

  it('leaves thresholds outside the operation list alone', () => {
    const code =
      'var other=()=>x.length>=150;var components_operations=()=>{const S=y.length>=150,v=1};class Next{}var more=z.length>=150;'
    expect(lowerVirtualListThreshold(code, 30)).toBe(
      'var other=()=>x.length>=150;var components_operations=()=>{const S=y.length>=30,v=1};class Next{}var more=z.length>=150;',
    )
  })

  it('stops the build when the bundle does not read as expected', () => {
    expect(() => lowerVirtualListThreshold('var a=1;', 30)).toThrow(
      /no single components_operations=/,
    )
    // A Swagger UI that changed the number, or made it a setting.
    expect(() =>
      lowerVirtualListThreshold(
        'var components_operations=()=>{const S=y.length>=getConfigs().rows};',
        30,
      ),
    ).toThrow(/0 thresholds of 150 rows/)
  })
})

describe('the plugin', () => {
  const { transform } = swaggerUiVirtualListRolldownPlugin()

  it("rewrites swagger-ui-react's bundle only", () => {
    expect(transform(bundle, bundlePath)).toContain(
      `.length>=${VIRTUAL_LIST_FROM_ROWS}`,
    )
    expect(transform(bundle, `${bundlePath}?v=1234`)).not.toBeNull()
    expect(
      transform('const S=y.length>=150', '/work/src/app/explorer.tsx'),
    ).toBeNull()
  })
})
