import { describe, expect, it } from 'vitest'
import { decodeDescriptionBytes } from './decode-text'
import { DescriptionError } from './description-error'
import {
  countOperations,
  detectFormat,
  parseDescription,
} from './parse-description'

async function failure(
  text: string,
  fileName?: string,
): Promise<DescriptionError> {
  try {
    await parseDescription(text, fileName)
  } catch (error) {
    if (error instanceof DescriptionError) return error
    throw error
  }
  throw new Error('expected the description to be refused')
}

const swagger2 = {
  swagger: '2.0',
  info: { title: 'Two', version: '1' },
  paths: { '/a': { get: {}, post: {} } },
}
const openapi30 = {
  openapi: '3.0.3',
  info: { title: 'Three', version: '1' },
  paths: { '/a': { get: {} } },
}
const openapi31 = {
  openapi: '3.1.0',
  info: { title: 'Three one', version: '1' },
  paths: {},
}

describe('detectFormat', () => {
  it.each([
    ['{"openapi": "3.0.0"}', undefined, 'json'],
    ['  \n[1, 2]', undefined, 'json'],
    ['openapi: 3.0.0', undefined, 'yaml'],
    ['---\nswagger: "2.0"', 'api.yml', 'yaml'],
    ['openapi: 3.0.0', 'odd-but-named.json', 'json'],
  ])('reads %j (file %s) as %s', (text, fileName, expected) => {
    expect(detectFormat(text, fileName)).toBe(expected)
  })
})

describe('parseDescription', () => {
  it.each([
    [JSON.stringify(swagger2), 'Swagger 2.0', 'json', 'Two', 2],
    [JSON.stringify(openapi30), 'OpenAPI 3.0', 'json', 'Three', 1],
    [JSON.stringify(openapi31), 'OpenAPI 3.1', 'json', 'Three one', 0],
    [
      'swagger: 2.0\ninfo: {title: Unquoted, version: "1"}\npaths: {}',
      'Swagger 2.0',
      'yaml',
      'Unquoted',
      0,
    ],
    [
      'openapi: 3.1.0\ninfo:\n  title: Yaml\n  version: "1"\npaths:\n  /x:\n    get: {}\n',
      'OpenAPI 3.1',
      'yaml',
      'Yaml',
      1,
    ],
  ])(
    'accepts a supported document (%#)',
    async (text, version, format, title, operations) => {
      const parsed = await parseDescription(text)
      expect(parsed).toMatchObject({
        version,
        format,
        title,
        operationCount: operations,
      })
    },
  )

  it('ignores a UTF-8 byte order mark', async () => {
    const parsed = await parseDescription(`\uFEFF${JSON.stringify(openapi30)}`)
    expect(parsed.version).toBe('OpenAPI 3.0')
  })

  it('names a document without a title "Untitled API"', async () => {
    const parsed = await parseDescription('{"openapi": "3.0.0", "paths": {}}')
    expect(parsed.title).toBe('Untitled API')
  })

  it.each(['', '   \n\t  '])('refuses an empty document (%j)', async (text) => {
    const error = await failure(text)
    expect(error.kind).toBe('empty')
    expect(error.message).toMatch(/empty/)
  })

  it('refuses invalid JSON and says where the mistake is', async () => {
    const error = await failure('{\n  "openapi": "3.0.0",\n  "info": }')
    expect(error.kind).toBe('invalid-json')
    expect(error.message).toMatch(/not valid JSON/)
    expect(error.message).toMatch(/line 3/)
  })

  it('refuses invalid YAML and quotes the parser', async () => {
    const error = await failure('openapi: 3.0.0\ninfo:\n  title: [unclosed\n')
    expect(error.kind).toBe('invalid-yaml')
    expect(error.message).toMatch(/not valid YAML/)
  })

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`)
    }
    const error = await failure(`openapi: 3.0.0\n${levels.join('\n')}\n`)
    expect(error.kind).toBe('invalid-yaml')
  })

  it.each([
    [
      '{"info": {"title": "x"}, "paths": {}}',
      /no "openapi" or "swagger" field/,
    ],
    ['[1, 2, 3]', /document is a list/],
    ['just some words', /document is a string/],
    ['42', /document is a number/],
    ['null', /document is a null value/],
    [
      '<!doctype html><html><body>Sign in</body></html>',
      /an HTML page, not an OpenAPI/,
    ],
  ])('refuses %j as not OpenAPI', async (text, message) => {
    const error = await failure(text)
    expect(error.kind).toBe('not-openapi')
    expect(error.message).toMatch(message)
  })

  it.each([
    ['{"swaggerVersion": "1.2", "apis": []}', /Swagger 1\.2 is not supported/],
    ['{"swagger": "1.2"}', /Swagger 1\.2 is not supported/],
    ['{"swagger": "3.0"}', /Swagger version "3\.0" is not supported/],
    ['{"openapi": "4.0.0"}', /OpenAPI version "4\.0\.0" is not supported/],
    ['{"openapi": "3"}', /OpenAPI version "3" is not supported/],
  ])('refuses unsupported version %j', async (text, message) => {
    const error = await failure(text)
    expect(error.kind).toBe('unsupported-version')
    expect(error.message).toMatch(message)
  })
})

describe('parseDescription on hostile shapes', () => {
  it('refuses a document nested thousands of levels deep', async () => {
    const levels = 3000
    const text = `{"openapi":"3.0.3","x":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`
    const error = await failure(text)
    expect(error.kind).toBe('too-deep')
    expect(error.message).toMatch(/nested more than 400 levels deep/)
  })
})

describe('countOperations', () => {
  it('counts only HTTP methods, not path-level fields', () => {
    const count = countOperations({
      paths: {
        '/a': { parameters: [], summary: 'x', get: {}, delete: {} },
        '/b': { put: {}, 'x-ext': {} },
      },
    })
    expect(count).toBe(3)
  })
})

describe('decodeDescriptionBytes', () => {
  it('decodes UTF-8', () => {
    expect(
      decodeDescriptionBytes(new TextEncoder().encode('openapi: "3.0.0" # é')),
    ).toContain('é')
  })

  it('drops a UTF-8 byte order mark', () => {
    expect(
      decodeDescriptionBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])),
    ).toBe('{}')
  })

  it.each([
    [[0xff, 0xfe, 0x7b, 0x00], 'little-endian'],
    [[0xfe, 0xff, 0x00, 0x7b], 'big-endian'],
  ])('refuses UTF-16 (%j, %s)', (bytes) => {
    expect(() => decodeDescriptionBytes(new Uint8Array(bytes))).toThrow(
      /UTF-16/,
    )
  })

  it('refuses bytes that are not UTF-8', () => {
    expect(() =>
      decodeDescriptionBytes(new Uint8Array([0x7b, 0xe9, 0x7d])),
    ).toThrow(/not valid UTF-8/)
  })

  it('refuses a document over the size limit before decoding it', () => {
    const error = (() => {
      try {
        decodeDescriptionBytes(new Uint8Array(2048), 1024)
      } catch (e) {
        return e as DescriptionError
      }
    })()
    expect(error?.kind).toBe('too-large')
    expect(error?.message).toMatch(/2\.0 KB, over the 1\.0 KB limit/)
  })
})
