import type { Handler } from './context.ts'
import {
  createAppToken,
  createUserToken,
  deleteAppToken,
  deleteUserToken,
  listAppTokens,
  listUserTokens,
} from './handlers/api-tokens.ts'
import {
  listAppUsers,
  removeAppUser,
  updateAppUser,
} from './handlers/app-users.ts'
import {
  createApp,
  deleteApp,
  getApp,
  listApps,
  updateApp,
} from './handlers/apps.ts'
import { createOrgApp, getOrg, listOrgApps, listOrgs } from './handlers/orgs.ts'
import { getUser, updateUser } from './handlers/user.ts'

// The operations of our bundled description, one row each. Paths are
// relative to /sandbox and use Hono's :param syntax.

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface Operation {
  operationId: string
  method: Method
  path: string
  /** The API token operations also take Basic credentials. */
  basicAuth?: boolean
  handler: Handler
}

const APP = '/v0.1/apps/:owner_name/:app_name'

export const operations: readonly Operation[] = [
  {
    operationId: 'users_get',
    method: 'GET',
    path: '/v0.1/user',
    handler: getUser,
  },
  {
    operationId: 'users_update',
    method: 'PATCH',
    path: '/v0.1/user',
    handler: updateUser,
  },
  {
    operationId: 'apps_list',
    method: 'GET',
    path: '/v0.1/apps',
    handler: listApps,
  },
  {
    operationId: 'apps_create',
    method: 'POST',
    path: '/v0.1/apps',
    handler: createApp,
  },
  { operationId: 'apps_get', method: 'GET', path: APP, handler: getApp },
  {
    operationId: 'apps_update',
    method: 'PATCH',
    path: APP,
    handler: updateApp,
  },
  {
    operationId: 'apps_delete',
    method: 'DELETE',
    path: APP,
    handler: deleteApp,
  },
  {
    operationId: 'users_list',
    method: 'GET',
    path: `${APP}/users`,
    handler: listAppUsers,
  },
  {
    operationId: 'apps_updateUserPermissions',
    method: 'PATCH',
    path: `${APP}/users/:user_email`,
    handler: updateAppUser,
  },
  {
    operationId: 'apps_removeUser',
    method: 'DELETE',
    path: `${APP}/users/:user_email`,
    handler: removeAppUser,
  },
  {
    operationId: 'organizations_list',
    method: 'GET',
    path: '/v0.1/orgs',
    handler: listOrgs,
  },
  {
    operationId: 'organizations_get',
    method: 'GET',
    path: '/v0.1/orgs/:org_name',
    handler: getOrg,
  },
  {
    operationId: 'apps_listForOrg',
    method: 'GET',
    path: '/v0.1/orgs/:org_name/apps',
    handler: listOrgApps,
  },
  {
    operationId: 'apps_createForOrg',
    method: 'POST',
    path: '/v0.1/orgs/:org_name/apps',
    handler: createOrgApp,
  },
  {
    operationId: 'userApiTokens_list',
    method: 'GET',
    path: '/v0.1/api_tokens',
    basicAuth: true,
    handler: listUserTokens,
  },
  {
    operationId: 'userApiTokens_create',
    method: 'POST',
    path: '/v0.1/api_tokens',
    basicAuth: true,
    handler: createUserToken,
  },
  {
    operationId: 'userApiTokens_delete',
    method: 'DELETE',
    path: '/v0.1/api_tokens/:api_token_id',
    basicAuth: true,
    handler: deleteUserToken,
  },
  {
    operationId: 'appApiTokens_list',
    method: 'GET',
    path: `${APP}/api_tokens`,
    basicAuth: true,
    handler: listAppTokens,
  },
  {
    operationId: 'appApiTokens_create',
    method: 'POST',
    path: `${APP}/api_tokens`,
    basicAuth: true,
    handler: createAppToken,
  },
  {
    operationId: 'appApiTokens_delete',
    method: 'DELETE',
    path: `${APP}/api_tokens/:api_token_id`,
    basicAuth: true,
    handler: deleteAppToken,
  },
]
