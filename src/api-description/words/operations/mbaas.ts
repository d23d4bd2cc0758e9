import type { OperationWords } from '../operations.ts'

/**
 * Data and Auth: preview services, retired before App Center itself, that
 * connected an app to Azure Cosmos DB and Azure AD B2C. Every call is
 * deprecated and most need an Azure token in a header of their own.
 */
export const MBAAS: Readonly<Record<string, OperationWords>> = {
  data_getResourceProvisioning: {
    summary: 'Check on the app’s database setup (retired)',
    description:
      'Deprecated, from the retired Data preview. Reads the state of the app’s Cosmos DB setup.',
  },
  data_postResourceProvisioning: {
    summary: 'Create or attach the app’s Cosmos DB database (retired)',
    description:
      'Deprecated, from the retired Data preview. Makes a new Cosmos DB database in your Azure subscription, or connects the app to one you already have by its connection string. Needs an Azure Resource Manager token in `AC-Authorization-ARM`.',
  },
  data_getOverview: {
    summary: 'Get an overview of the app’s database (retired)',
    description:
      'Deprecated, from the retired Data preview. Needs an Azure Resource Manager token in `AC-Authorization-ARM`.',
  },
  data_checkNameExists: {
    summary: 'Check whether a Cosmos DB account name is taken (retired)',
    description:
      'Deprecated, from the retired Data preview. A HEAD request; Cosmos DB account names are lowercase letters, digits and hyphens.',
  },
  identity_getUsers: {
    summary: 'List the users of the app’s Auth tenant (retired)',
    description:
      'Deprecated, from the retired Auth preview. The users of the Azure AD B2C tenant the app signed people in with; `searchTerm` narrows the list. Needs a Graph token in `AC-Authorization-AAD-Graph`.',
  },
}
