import { ACCOUNT } from './operations/account.ts'
import { ALERTING } from './operations/alerting.ts'
import { ANALYTICS } from './operations/analytics.ts'
import { BILLING } from './operations/billing.ts'
import { BUILD } from './operations/build.ts'
import { CODEPUSH } from './operations/codepush.ts'
import { DIAGNOSTICS } from './operations/diagnostics.ts'
import { DISTRIBUTE } from './operations/distribute.ts'
import { EXPORT } from './operations/export.ts'
import { GDPR } from './operations/gdpr.ts'
import { MBAAS } from './operations/mbaas.ts'
import { PUSH } from './operations/push.ts'
import { TEST } from './operations/test.ts'

/** Our summary and description of an operation, keyed by operationId. */
export interface OperationWords {
  summary: string
  /** Markdown; what the call is for and what a newcomer trips on. */
  description: string
}

const AREAS: readonly Readonly<Record<string, OperationWords>>[] = [
  ACCOUNT,
  CODEPUSH,
  BUILD,
  DISTRIBUTE,
  DIAGNOSTICS,
  ANALYTICS,
  TEST,
  PUSH,
  EXPORT,
  ALERTING,
  BILLING,
  GDPR,
  MBAAS,
]

function merge(
  areas: readonly Readonly<Record<string, OperationWords>>[],
): Record<string, OperationWords> {
  const all: Record<string, OperationWords> = {}
  for (const area of areas)
    for (const [operationId, words] of Object.entries(area)) {
      // Two files writing words for one operation would silently drop one.
      if (all[operationId])
        throw new Error(`${operationId} has words in two files`)
      all[operationId] = words
    }
  return all
}

/**
 * Hand-written words for the operations generated from the reference, one
 * file per area under words/operations/. The first-call operations are
 * written in hand-written.yaml instead.
 */
export const OPERATIONS: Readonly<Record<string, OperationWords>> = merge(AREAS)
