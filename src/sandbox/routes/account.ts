import {
  createAppToken,
  createUserToken,
  deleteAppToken,
  deleteUserToken,
  listAppTokens,
  listUserTokens,
} from './api-tokens.ts'
import { listAppUsers, removeAppUser, updateAppUser } from './app-users.ts'
import { createApp, deleteApp, getApp, listApps, updateApp } from './apps.ts'
import { createOrgApp, getOrg, listOrgApps, listOrgs } from './orgs.ts'
import { getUser, updateUser } from './user.ts'
import type { Area } from '../area.ts'
import { orgPeopleHandlers } from './org-people.ts'

// Account: the user, apps and their people, organizations with their
// members, teams and invitations, and API tokens. It also takes every
// operation no other area claims.

export const account: Area = {
  name: 'account',
  tags: /./,
  handlers: {
    users_get: getUser,
    users_update: updateUser,
    apps_list: listApps,
    apps_create: createApp,
    apps_get: getApp,
    apps_update: updateApp,
    apps_delete: deleteApp,
    users_list: listAppUsers,
    apps_updateUserPermissions: updateAppUser,
    apps_removeUser: removeAppUser,
    organizations_list: listOrgs,
    organizations_get: getOrg,
    apps_listForOrg: listOrgApps,
    apps_createForOrg: createOrgApp,
    userApiTokens_list: listUserTokens,
    userApiTokens_create: createUserToken,
    userApiTokens_delete: deleteUserToken,
    appApiTokens_list: listAppTokens,
    appApiTokens_create: createAppToken,
    appApiTokens_delete: deleteAppToken,
    ...orgPeopleHandlers,
  },
}
