import type { OperationWords } from '../operations.ts'

/** Billing: the paid plans of Build and Test, and their usage. */
export const BILLING: Readonly<Record<string, OperationWords>> = {
  billingAggregatedInformation_getAll: {
    summary: 'See billing for you and the organizations you administer',
    description:
      'Plans and usage of the paid services (`service`: `Build` or `Test`) for your own account and every organization where you are an admin. `period` picks the `Previous`, `Current` or `Next` billing period.',
  },
  billingAggregatedInformation_getForOrg: {
    summary: 'See billing for an organization',
    description:
      'The organization’s plans and usage of Build and Test, and the Azure subscription it is billed to. Note that the path parameter is `orgName` here, not `org_name`.',
  },
  billingAggregatedInformation_getByApp: {
    summary: 'See billing for the owner of an app',
    description:
      'The plans and usage that apply to the app, which are its owner’s: the user’s or the organization’s.',
  },
}
