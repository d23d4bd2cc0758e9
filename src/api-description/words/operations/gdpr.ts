import type { OperationWords } from '../operations.ts'

/**
 * Data subject requests: a user asking for a copy of their personal data or
 * for its deletion. Each request answers with a `token` to follow it by.
 */
export const GDPR: Readonly<Record<string, OperationWords>> = {
  DataSubjectRight_ExportRequest: {
    summary: 'Ask for a copy of your personal data',
    description:
      'Starts collecting everything App Center holds about you. The answer is `202` with a `token`; keep it to check on the request. Send `{}` as the body.',
  },
  DataSubjectRight_ExportStatusRequest: {
    summary: 'Check on a request for your data',
    description:
      '`status` goes from `Created` or `Queued` through `InProgress` to `Completed` (or `Failed`). Once completed, `sasUrl` is where to download the data, until `sasUrlExpired` turns true.',
  },
  DataSubjectRight_CancelExportRequest: {
    summary: 'Cancel a request for your data',
    description:
      'Stops a copy that is not finished yet. Send `{}` as the body; the token is in the path.',
  },
  DataSubjectRight_DeleteRequest: {
    summary: 'Ask for your personal data to be deleted',
    description:
      'Starts deleting your App Center account and the data about you. The answer is `202` with a `token` to follow the request. Think twice: once the deletion has run, it cannot be undone.',
  },
  DataSubjectRight_DeleteStatusRequest: {
    summary: 'Check on a deletion request',
    description:
      'Needs the account’s `email` in the query as well as the token in the path. `status` says how far the deletion got.',
  },
  DataSubjectRight_CancelDeleteRequest: {
    summary: 'Cancel a deletion request',
    description:
      'Stops a deletion that has not run yet. Send the account’s `email` in the body.',
  },
}
