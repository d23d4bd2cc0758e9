/** Our summary and description of an operation, keyed by operationId. */
export interface OperationWords {
  summary: string
  /** Markdown; what the call is for and what a newcomer trips on. */
  description?: string
}

/**
 * Hand-written words for the operations generated from the reference. An
 * operation missing here gets a plain sentence made from its method and path
 * (see fallback-words.ts). The first-call operations are written in
 * hand-written.yaml instead.
 */
export const OPERATIONS: Readonly<Record<string, OperationWords>> = {}
