import { describe, expect, it, vi } from 'vitest'
import { appParamSlots, fillAppParams } from './fill-app-params'

const document = {
  openapi: '3.0.3',
  components: {
    parameters: {
      owner_name: { name: 'owner_name', in: 'path', required: true },
      app_name: { name: 'app_name', in: 'path', required: true },
    },
  },
  paths: {
    '/v0.1/user': { get: {} },
    '/v0.1/apps/{owner_name}/{app_name}': {
      parameters: [
        { $ref: '#/components/parameters/owner_name' },
        { $ref: '#/components/parameters/app_name' },
      ],
      get: {},
      delete: { parameters: [{ name: 'force', in: 'query' }] },
    },
    '/v0.1/apps/{owner_name}/{app_name}/users': {
      get: {
        parameters: [
          { $ref: '#/components/parameters/owner_name' },
          { name: 'app_name', in: 'path' },
          { $ref: 'https://elsewhere.example/params.json#/app_name' },
        ],
      },
    },
  },
}

describe('appParamSlots', () => {
  it('finds owner_name and app_name in path-level, operation-level and $ref parameters', () => {
    expect(appParamSlots(document)).toEqual([
      {
        path: '/v0.1/apps/{owner_name}/{app_name}',
        method: 'get',
        name: 'owner_name',
        in: 'path',
      },
      {
        path: '/v0.1/apps/{owner_name}/{app_name}',
        method: 'get',
        name: 'app_name',
        in: 'path',
      },
      {
        path: '/v0.1/apps/{owner_name}/{app_name}',
        method: 'delete',
        name: 'owner_name',
        in: 'path',
      },
      {
        path: '/v0.1/apps/{owner_name}/{app_name}',
        method: 'delete',
        name: 'app_name',
        in: 'path',
      },
      {
        path: '/v0.1/apps/{owner_name}/{app_name}/users',
        method: 'get',
        name: 'owner_name',
        in: 'path',
      },
      {
        path: '/v0.1/apps/{owner_name}/{app_name}/users',
        method: 'get',
        name: 'app_name',
        in: 'path',
      },
    ])
  })
})

describe('fillAppParams', () => {
  it('sets each slot through Swagger UI', () => {
    const changeParam = vi.fn()
    fillAppParams(
      { specActions: { changeParam } },
      appParamSlots(document).slice(0, 2),
      {
        owner_name: 'demo-user',
        app_name: 'hello-android',
      },
    )
    expect(changeParam.mock.calls).toEqual([
      [
        ['/v0.1/apps/{owner_name}/{app_name}', 'get'],
        'owner_name',
        'path',
        'demo-user',
      ],
      [
        ['/v0.1/apps/{owner_name}/{app_name}', 'get'],
        'app_name',
        'path',
        'hello-android',
      ],
    ])
  })
})
