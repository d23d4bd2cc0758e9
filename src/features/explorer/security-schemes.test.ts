import { describe, expect, it } from 'vitest'
import { fillableSchemes } from './security-schemes'

describe('fillableSchemes', () => {
  it('finds the X-API-Token key and HTTP Basic in OpenAPI 3', () => {
    const found = fillableSchemes({
      openapi: '3.0.3',
      components: {
        securitySchemes: {
          APIToken: { type: 'apiKey', in: 'header', name: 'X-API-Token' },
          Basic: { type: 'http', scheme: 'Basic' },
          Other: { type: 'apiKey', in: 'query', name: 'X-API-Token' },
          Bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    })
    expect(Object.keys(found.apiToken)).toEqual(['APIToken'])
    expect(Object.keys(found.basic)).toEqual(['Basic'])
  })

  it('finds them in Swagger 2.0 securityDefinitions', () => {
    const found = fillableSchemes({
      swagger: '2.0',
      securityDefinitions: {
        APIToken: { type: 'apiKey', in: 'header', name: 'x-api-token' },
        basicAuth: { type: 'basic' },
      },
    })
    expect(Object.keys(found.apiToken)).toEqual(['APIToken'])
    expect(Object.keys(found.basic)).toEqual(['basicAuth'])
  })

  it('finds nothing in a description without security schemes', () => {
    expect(fillableSchemes({ openapi: '3.1.0' })).toEqual({
      apiToken: {},
      basic: {},
    })
  })
})
