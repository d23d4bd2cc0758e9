import { describe, expect, it } from 'vitest'
import { buildSlice } from './build-slice'
import { refsIn, resolves } from './testing/json-refs'
import {
  SEARCHED_DESCRIPTION_MAX,
  digestDescription,
  stageDigest,
  refTarget,
  shortSummary,
  swaggerLinkId,
  componentKey,
} from './digest-description'

const petstore = {
  swagger: '2.0',
  info: { title: 'Pets', version: '1', description: 'A long introduction.' },
  host: 'pets.example',
  basePath: '/v1',
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'K' } },
  tags: [
    { name: 'pets', description: 'Pets and their owners' },
    { name: 'empty', description: 'Declared, never used' },
    { name: 'stores' },
  ],
  paths: {
    '/pets/{id}': {
      parameters: [{ $ref: '#/parameters/Id' }],
      get: {
        tags: ['pets'],
        summary: ' Get a pet ',
        operationId: 'getPet',
        responses: {
          200: { description: 'ok', schema: { $ref: '#/definitions/Pet' } },
        },
      },
      delete: {
        tags: ['pets', 'stores'],
        operationId: 'remove pet',
        deprecated: true,
        responses: { 404: { $ref: '#/responses/NotFound' } },
      },
    },
    '/orders': {
      post: {
        responses: {
          200: { description: 'ok', schema: { $ref: '#/definitions/Order' } },
        },
      },
    },
  },
  parameters: {
    Id: { name: 'id', in: 'path', required: true, type: 'string' },
  },
  responses: {
    NotFound: { description: 'gone', schema: { $ref: '#/definitions/Error' } },
  },
  definitions: {
    Pet: { properties: { owner: { $ref: '#/definitions/Owner' } } },
    Owner: { properties: { pets: { items: { $ref: '#/definitions/Pet' } } } },
    Order: { properties: { id: { type: 'string' } } },
    Error: { properties: { code: { type: 'string' } } },
    'a/b~c': { type: 'string' },
    // Written as JSON: in an object literal __proto__ would set the prototype.
    ...(JSON.parse('{"__proto__": {"type": "number"}}') as object),
  },
}

const parse = (json: string) => JSON.parse(json) as Record<string, unknown>

describe('digestDescription', () => {
  const document = JSON.parse(JSON.stringify(petstore)) as Record<
    string,
    unknown
  >
  const digest = digestDescription(document)

  it('indexes operations in document order with Swagger UI’s tags and link ids', () => {
    expect(digest.operations).toEqual([
      {
        method: 'get',
        path: '/pets/{id}',
        summary: 'Get a pet',
        operationId: 'getPet',
        linkId: 'getPet',
        deprecated: false,
        tags: ['pets'],
        description: '',
        parameters: ['id'],
        schemas: ['Pet'],
      },
      {
        method: 'delete',
        path: '/pets/{id}',
        summary: '',
        operationId: 'remove pet',
        linkId: 'remove pet',
        deprecated: true,
        tags: ['pets', 'stores'],
        description: '',
        parameters: ['id'],
        schemas: [],
      },
      {
        method: 'post',
        path: '/orders',
        summary: '',
        operationId: null,
        linkId: 'post_orders',
        deprecated: false,
        tags: ['default'],
        description: '',
        parameters: [],
        schemas: ['Order'],
      },
    ])
  })

  it('lists declared tags first, drops empty ones and adds "default" for untagged operations', () => {
    expect(digest.tags.map((tag) => [tag.name, tag.operations])).toEqual([
      ['pets', [0, 1]],
      ['stores', [1]],
      ['default', [2]],
    ])
    expect(digest.tags[0]!.description).toBe('Pets and their owners')
  })

  it('keeps a component named __proto__ as data, not as a prototype', () => {
    expect(
      digest.parts.components.has(componentKey('definitions', '__proto__')),
    ).toBe(true)
  })

  it('rebuilds the whole document from its parts', () => {
    expect(parse(buildSlice(digest, { kind: 'all' }))).toEqual(document)
  })

  it('gives a tag only its operations, its path fields and the components they reach', () => {
    const slice = parse(buildSlice(digest, { kind: 'tag', tag: 'pets' }))
    expect(Object.keys(slice.paths as object)).toEqual(['/pets/{id}'])
    expect(Object.keys(slice.definitions as object).sort()).toEqual([
      'Error',
      'Owner',
      'Pet',
    ])
    expect(Object.keys(slice.parameters as object)).toEqual(['Id'])
    expect(Object.keys(slice.responses as object)).toEqual(['NotFound'])
    expect(slice.tags).toEqual([
      { name: 'pets', description: 'Pets and their owners' },
    ])
    expect(slice.securityDefinitions).toEqual(petstore.securityDefinitions)
    expect(slice.info).toEqual({ title: 'Pets', version: '1' })
    // The operation tagged twice shows under the tag on screen only.
    const pet = (
      slice.paths as Record<string, Record<string, { tags: string[] }>>
    )['/pets/{id}']!
    expect(pet.delete!.tags).toEqual(['pets'])
    for (const ref of refsIn(slice))
      expect(resolves(slice, ref), ref).toBe(true)
  })

  it('gives the overview the head with its full introduction and no operations', () => {
    const slice = parse(buildSlice(digest, { kind: 'overview' }))
    expect(slice.paths).toEqual({})
    expect((slice.info as { description: string }).description).toBe(
      'A long introduction.',
    )
    expect(slice.definitions).toBeUndefined()
  })

  it('shows a document whole when a reference points into paths', () => {
    const odd = {
      swagger: '2.0',
      info: { title: 'x', version: '1' },
      paths: {
        '/a': {
          get: { tags: ['a'], responses: { 200: { description: 'ok' } } },
        },
        '/b': {
          get: {
            tags: ['b'],
            responses: { 200: { $ref: '#/paths/~1a/get/responses/200' } },
          },
        },
      },
    }
    const oddDigest = digestDescription(odd)
    expect(oddDigest.parts.sliceable).toBe(false)
    // The index knows it before any part is written: it decides the index's layout.
    expect(stageDigest(odd).index.sliceable).toBe(false)
    expect(parse(buildSlice(oddDigest, { kind: 'tag', tag: 'b' }))).toEqual(odd)
  })
})

describe('stageDigest', () => {
  it('gives the index at once and writes the same parts as the whole digest when asked', () => {
    const document = JSON.parse(JSON.stringify(petstore)) as Record<
      string,
      unknown
    >
    const staged = stageDigest(document)
    const whole = digestDescription(document)
    expect(staged.index).toEqual({
      tags: whole.tags,
      operations: whole.operations,
      sliceable: true,
    })
    expect(staged.parts()).toEqual(whole.parts)
  })
})

describe('OpenAPI 3 components', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'Zoo', version: '2' },
    webhooks: {
      born: {
        post: { requestBody: { $ref: '#/components/requestBodies/Birth' } },
      },
    },
    paths: {
      '/animals': {
        get: {
          tags: ['zoo'],
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Animal' },
                },
              },
            },
          },
        },
      },
      '/keepers': {
        get: {
          tags: ['staff'],
          responses: { 200: { $ref: '#/components/responses/Keeper%20List' } },
        },
      },
    },
    components: {
      securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'X' } },
      schemas: {
        Animal: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }],
          discriminator: { propertyName: 'kind', mapping: { dog: 'Dog' } },
        },
        Cat: { type: 'object' },
        Dog: { type: 'object' },
        Keeper: { type: 'object' },
        Unused: { type: 'object' },
      },
      responses: {
        'Keeper List': {
          description: 'keepers',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Keeper' },
            },
          },
        },
      },
      requestBodies: { Birth: { content: {} } },
    },
  }
  const digest = digestDescription(document)

  it('rebuilds the whole document', () => {
    expect(parse(buildSlice(digest, { kind: 'all' }))).toEqual(document)
  })

  it('follows schemas, discriminator mappings, percent-encoded names and the head’s webhooks', () => {
    const slice = parse(buildSlice(digest, { kind: 'tag', tag: 'zoo' }))
    const components = slice.components as Record<
      string,
      Record<string, unknown>
    >
    expect(Object.keys(components.schemas!).sort()).toEqual([
      'Animal',
      'Cat',
      'Dog',
    ])
    expect(Object.keys(components.requestBodies!)).toEqual(['Birth'])
    expect(components.securitySchemes).toEqual(
      document.components.securitySchemes,
    )
    expect(components.responses).toBeUndefined()
    const staff = parse(buildSlice(digest, { kind: 'tag', tag: 'staff' }))
    const staffComponents = staff.components as Record<
      string,
      Record<string, unknown>
    >
    expect(Object.keys(staffComponents.responses!)).toEqual(['Keeper List'])
    expect(Object.keys(staffComponents.schemas!)).toEqual(['Keeper'])
  })
})

describe('shortSummary', () => {
  it.each([
    [{ summary: ' Get a pet ', description: 'Long.' }, 'Get a pet'],
    [{ description: 'Returns the user. Needs a token.' }, 'Returns the user.'],
    [{ description: 'First line\nsecond line' }, 'First line'],
    [{ description: 'v1.2 is the version here' }, 'v1.2 is the version here'],
    [{ description: 'x'.repeat(200) }, `${'x'.repeat(119)}…`],
    [{ summary: '   ' }, ''],
    [{}, ''],
  ])('%j → %j', (operation, expected) => {
    expect(shortSummary(operation)).toBe(expected)
  })
})

describe('refTarget and swaggerLinkId', () => {
  it.each([
    ['#/definitions/Pet', { component: componentKey('definitions', 'Pet') }],
    [
      '#/definitions/Pet/properties/name',
      { component: componentKey('definitions', 'Pet') },
    ],
    [
      '#/definitions/a~1b~0c',
      { component: componentKey('definitions', 'a/b~c') },
    ],
    [
      '#/components/schemas/A%20B',
      { component: componentKey('components/schemas', 'A B') },
    ],
    ['#/components/securitySchemes/token', null],
    ['#/securityDefinitions/key', null],
    ['#/paths/~1a/get', { elsewhere: true }],
    ['#/components/schemas', { elsewhere: true }],
    ['#', { elsewhere: true }],
    ['other.yaml#/definitions/Pet', null],
    ['https://elsewhere.example/spec.json#/definitions/Pet', null],
    ['#/x-shared/thing', null],
  ])('%s', (ref, expected) => {
    expect(refTarget(ref)).toEqual(expected)
  })

  it('derives Swagger UI’s key when there is no operationId', () => {
    expect(swaggerLinkId({}, 'get', '/v0.1/apps/{owner_name}')).toBe(
      'get_v0_1_apps__owner_name_',
    )
    expect(swaggerLinkId({ operationId: '  ' }, 'put', '/a')).toBe('put_a')
    expect(
      swaggerLinkId({ operationId: 'users_get' }, 'get', '/v0.1/user'),
    ).toBe('users_get')
  })

  it('keeps what the filter searches: the description, parameter names and referenced schema names', () => {
    const long = 'word '.repeat(SEARCHED_DESCRIPTION_MAX)
    const { index } = stageDigest({
      openapi: '3.0.3',
      paths: {
        '/things/{thing_id}': {
          parameters: [{ name: 'thing_id', in: 'path' }],
          put: {
            description: 'Replaces the thing.',
            parameters: [
              { $ref: '#/components/parameters/Page' },
              { $ref: '#/components/parameters/Missing' },
              { name: 'thing_id', in: 'path' },
            ],
            requestBody: {
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Thing' },
                },
              },
            },
            responses: {
              default: { $ref: '#/components/responses/Problem' },
            },
          },
          get: { description: long, responses: {} },
        },
      },
      components: {
        parameters: { Page: { name: '$page', in: 'query' } },
        schemas: { Thing: { type: 'object' } },
        responses: { Problem: { description: 'no' } },
      },
    })
    const [put, get] = index.operations
    expect(put).toMatchObject({
      description: 'Replaces the thing.',
      parameters: ['$page', 'thing_id'],
      schemas: ['Thing'],
    })
    expect(get!.description).toHaveLength(SEARCHED_DESCRIPTION_MAX)
    expect(get!.parameters).toEqual(['thing_id'])
  })
})
