import type { OperationWords } from '../operations.ts'

/**
 * The reference's "account" calls that hand-written.yaml does not cover:
 * invitations, organizations and their teams and people, app ownership,
 * avatars and Azure subscriptions.
 */
export const ACCOUNT: Readonly<Record<string, OperationWords>> = {
  // Your own account
  Users_getUserMetadata: {
    summary: 'Get the experiment flags of your account',
    description:
      'Returns your user id and a free-form `metadata` object that the App Center portal used for feature experiments (Optimizely). Scripts rarely need it.',
  },
  sharedconnection_Connections: {
    summary: 'List your saved service connections',
    description:
      'The credentials you saved for other services (Apple, Google Play, Jira, GitLab), with their type and whether they are still valid. Secrets are never returned, only an `id` to refer to them.',
  },
  azureSubscription_listForUser: {
    summary: 'List the Azure subscriptions linked to your account',
    description:
      'Subscriptions you connected for billing or for exporting data, with their tenant and whether App Center may bill them.',
  },
  invitations_sent: {
    summary: 'List the invitations you have sent',
    description:
      'Invitations to organizations and apps that you sent to other people, each naming the organization or app it is for. Useful to find ones to withdraw or send again.',
  },
  orgInvitations_accept: {
    summary: 'Accept an invitation to an organization',
    description:
      'Joins you to the organization with the role the invitation offered. The `invitation_token` is in the invitation email’s link, not the invitation’s id.',
  },
  orgInvitations_reject: {
    summary: 'Decline an invitation to an organization',
    description:
      'The invitation is gone afterwards; an admin has to invite you again if you change your mind.',
  },
  appInvitations_accept: {
    summary: 'Accept an invitation to an app',
    description:
      'Adds you to the app’s collaborators. Take the `invitation_token` from the link in the invitation email.',
  },
  appInvitations_reject: {
    summary: 'Decline an invitation to an app',
    description: 'You lose nothing you already had; the invitation just ends.',
  },
  distributionGroupInvitations_acceptAll: {
    summary: 'Accept all your pending tester invitations',
    description:
      'Takes up every open invitation to a distribution group at once, so their releases show up in your list of apps to test. Send it with an empty body (`{}`).',
  },
  // Organizations
  organizations_createOrUpdate: {
    summary: 'Create an organization',
    description:
      'You become its first admin. `name` goes into URLs and cannot clash with any user or organization name; `display_name` is what people see. Apps you later create under it use `name` as their owner.',
  },
  organizations_update: {
    summary: 'Rename an organization',
    description:
      'Changes `display_name` and/or `name`. Changing `name` changes every URL of the organization’s apps, so scripts using the old owner name stop working. Admins only.',
  },
  organizations_delete: {
    summary: 'Delete an organization',
    description:
      'Removes the organization together with all its apps and their data. There is no undo, and only admins may do it.',
  },
  organizations_listAdministered: {
    summary: 'List the organizations you administer',
    description:
      'Only those where your role is `admin`, unlike the organizations list, which includes every membership.',
  },
  organization_updateAvatar: {
    summary: 'Upload an organization’s picture',
    description:
      'Send the image as a form upload in the `avatar` field (multipart/form-data, not JSON). The answer is the organization with its new `avatar_url`.',
  },
  organization_deleteAvatar: {
    summary: 'Remove an organization’s picture',
    description:
      'The organization goes back to the default picture; the answer is the organization as it is now.',
  },
  azureSubscription_listForOrg: {
    summary: 'List the Azure subscriptions of an organization',
    description:
      'Subscriptions linked to the organization, for billing or data export.',
  },
  // Organization members
  users_listForOrg: {
    summary: 'List the members of an organization',
    description:
      'Everyone in the organization with their role: `admin`, `collaborator` or `member`. People invited but not yet joined are in the invitations list instead.',
  },
  users_getForOrg: {
    summary: 'Get one member of an organization',
    description:
      'The member’s name, email, role and when they joined. `user_name` is their user name, not their email.',
  },
  users_updateOrgRole: {
    summary: 'Change a member’s role in an organization',
    description:
      'Send `role`: `admin`, `collaborator` or `member`. Only admins of the organization may change roles.',
  },
  users_removeFromOrg: {
    summary: 'Remove a member from an organization',
    description:
      'They lose the access to the organization’s apps that came with membership. Only admins may remove others.',
  },
  apps_getForOrgUser: {
    summary: 'List the apps one member can reach in an organization',
    description:
      'The organization’s apps that this member has access to, directly or through a team.',
  },
  // Organization invitations
  orgInvitations_listPending: {
    summary: 'List an organization’s open invitations',
    description:
      'Who was invited and with which role, for invitations not yet accepted.',
  },
  orgInvitations_create: {
    summary: 'Invite someone to an organization',
    description:
      'Send their `user_email` and the `role` they get on joining (`admin`, `collaborator` or `member`). People without an App Center account can sign up from the email.',
  },
  orgInvitations_update: {
    summary: 'Change the role an invitation offers',
    description:
      'Send the new `role` before the person accepts; the address is in the path.',
  },
  orgInvitations_sendNewInvitation: {
    summary: 'Send an organization invitation again',
    description:
      'Emails the person a fresh invitation, for example when the first one got lost. You may send a new `role` at the same time.',
  },
  orgInvitations_revoke: {
    summary: 'Withdraw an invitation to an organization',
    description:
      'The link in the email stops working. The address is in the path.',
  },
  orgInvitations_delete: {
    summary: 'Delete an invitation to an organization',
    description:
      'Like withdrawing it, but the address travels in the body as `user_email`, which makes this a DELETE that carries a JSON body.',
  },
  // Teams
  teams_listAll: {
    summary: 'List the teams of an organization',
    description:
      'Teams are groups of members that are given access to apps together, so you grant an app once to the team instead of person by person.',
  },
  teams_createTeam: {
    summary: 'Create a team in an organization',
    description:
      'Send a `display_name`, and optionally a `name` for URLs and a `description`. Add members and apps to the team afterwards.',
  },
  teams_getTeam: {
    summary: 'Get one team',
    description: 'The team’s id, name, display name and description.',
  },
  teams_update: {
    summary: 'Rename a team',
    description: 'Changes the team’s `display_name`.',
  },
  teams_delete: {
    summary: 'Delete a team',
    description:
      'Members stay in the organization but lose the app access they had only through this team.',
  },
  teams_getUsers: {
    summary: 'List the members of a team',
    description:
      'Each with their role in the team: `maintainer` (may manage the team) or `collaborator`.',
  },
  teams_addUser: {
    summary: 'Add a member to a team',
    description:
      'Send their `user_email`. They must already belong to the organization.',
  },
  teams_removeUser: {
    summary: 'Remove a member from a team',
    description:
      'They stay in the organization; only the access given through the team goes.',
  },
  teams_listApps: {
    summary: 'List the apps a team can reach',
    description:
      'Each app with the `team_permissions` the team has on it, such as `manager`, `developer` or `viewer`.',
  },
  teams_addApp: {
    summary: 'Give a team access to an app',
    description:
      'Send the app’s `name`; the app must belong to the same organization. Change the team’s permissions on it afterwards if the default is not what you want.',
  },
  teams_updatePermissions: {
    summary: 'Change a team’s permissions on an app',
    description:
      'Send `permissions` as a list with one role, for example `["developer"]`.',
  },
  teams_removeApp: {
    summary: 'Take an app away from a team',
    description:
      'Team members keep any access to the app they have in their own right.',
  },
  apps_getTeams: {
    summary: 'List the teams that can reach an app',
    description:
      'Only apps owned by an organization have teams; each team comes with its permissions on the app.',
  },
  // Apps
  apps_listTesters: {
    summary: 'List the testers of an app',
    description:
      'Everyone who gets the app’s releases through a distribution group, as opposed to the collaborators who work on it.',
  },
  apps_transferToOrg: {
    summary: 'Move one of your apps to a new organization',
    description:
      'Moves the app into a newly created organization and answers with that organization. The app’s URLs change with its owner, so update scripts that use the old owner name.',
  },
  apps_transferOwnership: {
    summary: 'Give an app to another owner',
    description:
      'Moves the app to `destination_owner_name`, a user or an organization. Afterwards the app lives under the new owner’s name in every URL, so scripts using the old one get 404.',
  },
  apps_updateAvatar: {
    summary: 'Upload an app’s icon',
    description:
      'Send the image as a form upload in the `avatar` field (multipart/form-data, not JSON). The answer is the app with its new `icon_url`.',
  },
  apps_deleteAvatar: {
    summary: 'Remove an app’s icon',
    description: 'The app goes back to the default icon.',
  },
  azureSubscription_listForApp: {
    summary: 'List the Azure subscriptions linked to an app',
    description:
      'Subscriptions linked to the app, for billing or data export, with their tenant.',
  },
  azureSubscription_linkForApp: {
    summary: 'Link an Azure subscription to an app',
    description:
      'Send the `subscription_id`; it must already be linked to your account or the app’s organization.',
  },
  azureSubscription_deleteForApp: {
    summary: 'Unlink an Azure subscription from an app',
    description:
      'Services that bill or export through the subscription stop for this app.',
  },
  // App invitations
  appInvitations_list: {
    summary: 'List an app’s open invitations',
    description:
      'People invited to work on or test the app who have not accepted yet, with the permissions they will get.',
  },
  appInvitations_create: {
    summary: 'Invite someone to work on an app',
    description:
      'Send their `user_email` and `role`. For apps owned by an organization it is usually easier to add people to the organization or a team.',
  },
  appInvitations_createByEmail: {
    summary: 'Invite someone to an app by email (old)',
    description:
      'Deprecated: the same invitation with the address in the path. Use the call that takes it in the body.',
  },
  appInvitations_updatePermissions: {
    summary: 'Change what an invitation to an app offers',
    description:
      'Send `permissions` as a list with one role, for example `["developer"]`, before the person accepts.',
  },
  appInvitations_delete: {
    summary: 'Withdraw an invitation to an app',
    description: 'The link in the email stops working.',
  },
  distributionGroups_resendSharedInvite: {
    summary: 'Send a shared group’s invitations again',
    description:
      'Emails the listed testers (`user_emails`) of an organization’s distribution group who have not accepted yet.',
  },
}
