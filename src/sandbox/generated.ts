import type { Handler } from './context.ts'
import {
  loadDescription,
  type Description,
  type DescribedOperation,
} from './description.ts'
import { JSON_CONTENT_TYPE } from './json-response.ts'
import { sampleFor } from './sample.ts'
import { createSchemaSet, type SchemaSet } from './schemas.ts'
import { perOperation } from './per-operation.ts'

// The answer for an operation that keeps no state in the sandbox: its
// declared success status, with the description's example when it is valid
// and otherwise a value built from the schema. Computed once per operation.

export function generatedHandler(
  description: Description,
  schemas: SchemaSet,
  operation: DescribedOperation,
): Handler {
  let text: string | null | undefined
  return () => {
    if (text === undefined)
      text = generatedBody(description, schemas, operation)
    const status = operation.successStatus
    if (text === null || status === 204) return new Response(null, { status })
    return new Response(text, {
      status,
      headers: { 'Content-Type': JSON_CONTENT_TYPE },
    })
  }
}

/** The JSON text of the answer, or null for an answer without a body. */
export function generatedBody(
  description: Description,
  schemas: SchemaSet,
  operation: DescribedOperation,
): string | null {
  const response = operation.responses[String(operation.successStatus)]
  if (!response) return null
  if (!response.schemaPointer) {
    return response.example === undefined
      ? null
      : JSON.stringify(response.example)
  }
  const validate = schemas.at(response.schemaPointer)
  const candidates = [
    response.example,
    sampleFor(description.document, { $ref: `#${response.schemaPointer}` }),
  ]
  for (const candidate of candidates) {
    if (candidate !== undefined && validate(candidate)) {
      return JSON.stringify(candidate)
    }
  }
  return JSON.stringify(candidates[1] ?? {})
}

let schemaSet: SchemaSet | undefined

/** Compiled schemas are the same for every sandbox in the process. */
export function sharedSchemas(): SchemaSet {
  if (!schemaSet) schemaSet = createSchemaSet(loadDescription().document)
  return schemaSet
}

const templates = perOperation(() => new Map<number, unknown>())

/**
 * The generated body for a status of an operation. Stateful handlers lay
 * their own fields over it (without changing it: it is shared), so every
 * field the description requires is there even when the sandbox does not
 * model it.
 */
export function templateFor(
  operation: DescribedOperation,
  status: number,
): unknown {
  const byStatus = templates(operation)
  if (!byStatus.has(status)) {
    const text = generatedBody(
      loadDescription(),
      sharedSchemas(),
      Object.assign({}, operation, { successStatus: status }),
    )
    byStatus.set(status, text === null ? undefined : JSON.parse(text))
  }
  return byStatus.get(status)
}
