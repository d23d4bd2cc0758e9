import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { JsonNode } from './description.ts'

// One Ajv per description document. Schemas are compiled the first time an
// operation needs them and kept, so the hot path only runs compiled code.

export interface SchemaSet {
  /** The compiled schema at a JSON pointer of the document. */
  at(pointer: string): ValidateFunction
}

// OpenAPI's numeric and binary formats say how a value is stored, not what
// is valid, so they accept anything of the right type.
const STORAGE_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary']

export function createSchemaSet(document: JsonNode): SchemaSet {
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false })
  addFormats(ajv)
  for (const format of [...STORAGE_FORMATS, 'password']) {
    ajv.addFormat(format, true)
  }
  ajv.addSchema(document, 'openapi')
  const compiled = new Map<string, ValidateFunction>()
  return {
    at(pointer) {
      let validate = compiled.get(pointer)
      if (!validate) {
        validate = ajv.getSchema(`openapi#${pointer}`)
        if (!validate) throw new Error(`No schema at ${pointer}`)
        compiled.set(pointer, validate)
      }
      return validate
    },
  }
}

export type SchemaError = ErrorObject
