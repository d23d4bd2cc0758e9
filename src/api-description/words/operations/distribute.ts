import type { OperationWords } from '../operations.ts'

/** Distribute: releases, distribution groups and their testers, stores, iOS devices and provisioning. */
export const DISTRIBUTE: Readonly<Record<string, OperationWords>> = {
  distributionGroups_list: {
    summary: 'List the distribution groups of an app',
    description:
      'Groups are how testers get builds: release to a group and everyone in it is told. Every app starts with a `Collaborators` group holding its team.',
  },
  distributionGroups_create: {
    summary: 'Create a distribution group for an app',
    description:
      'Send a `name`, unique within the app. Add testers to it afterwards with the members call.',
  },
  distributionGroups_get: {
    summary: 'Get one distribution group of an app',
    description: 'The group’s id, name, origin and whether it is public.',
  },
  distributionGroups_update: {
    summary: 'Rename a distribution group or make it public',
    description:
      'A public group lets anyone with the link download its releases without signing in.',
  },
  distributionGroups_delete: {
    summary: 'Delete a distribution group of an app',
    description: 'Its testers lose access to the releases they got through it.',
  },
  distributionGroups_listUsers: {
    summary: 'List the testers in a distribution group',
    description:
      'Everyone in the group, including people invited by email who have not signed up yet.',
  },
  distributionGroups_addUser: {
    summary: 'Add testers to a distribution group',
    description:
      'Send their email addresses in `user_emails`. People without an App Center account get an invitation.',
  },
  distributionGroups_removeUser: {
    summary: 'Remove testers from a distribution group',
    description: 'Send the email addresses to remove in `user_emails`.',
  },
  distributionGroups_resendInvite: {
    summary: 'Send the group’s invitations again',
    description: 'Emails the testers in the group who have not accepted yet.',
  },
  releases_listByDistributionGroup: {
    summary: 'List the releases a distribution group got',
    description: 'The releases sent to this group, newest first.',
  },
  releases_getLatestByDistributionGroup: {
    summary: 'Get a release as a distribution group sees it',
    description:
      'Pass `latest` as `release_id` for the newest release sent to the group.',
  },
  releases_deleteWithDistributionGroupId: {
    summary: 'Take a release away from a distribution group',
    description: 'The release stays, but the group no longer gets it.',
  },
  devices_list: {
    summary: 'List the iOS devices of a group’s testers',
    description:
      'The registered devices (UDIDs) of the group’s testers, and whether each is in the release’s provisioning profile yet.',
  },
  devices_listCsvFormat: {
    summary: 'Download the group’s devices as a file',
    description:
      'The devices in the format Apple’s developer portal imports, to add them to a provisioning profile.',
  },
  releases_list: {
    summary: 'List the releases of an app',
    description:
      'Every release uploaded to Distribute, newest first: its numeric `id`, `version` (build number), `short_version` and whether it is enabled. Use the `id` in the other release calls.',
  },
  releases_listLatest: {
    summary: 'List the newest release for each distribution group',
    description:
      'One release per group that has had one: what testers see now.',
  },
  releases_getLatestByUser: {
    summary: 'Get one release of an app',
    description:
      'Everything about a release: versions, size, release notes, the download and install URLs and where it was sent. Pass `latest` for the newest.',
  },
  releases_update: {
    summary: 'Change or send a release',
    description:
      'Edit the release notes, turn the release on or off, or send it to more groups, testers or stores by listing them in `destinations`.',
  },
  releases_updateDetails: {
    summary: 'Turn a release on or off, or change its notes',
    description:
      'A disabled release can no longer be downloaded by testers. Send `enabled` and/or `release_notes`.',
  },
  releases_delete: {
    summary: 'Delete a release',
    description:
      'Removes the release and its file for everyone. There is no undo; disabling it is the gentler choice.',
  },
  releases_addDistributionGroup: {
    summary: 'Send a release to a distribution group',
    description:
      'Send the group’s `id`; its testers are told unless `notify_testers` is false. Set `mandatory_update` to make the in-app updater insist.',
  },
  releases_putDistributionGroup: {
    summary: 'Change how a group gets a release',
    description: 'Turn `mandatory_update` on or off for this group.',
  },
  releases_deleteDistributionGroup: {
    summary: 'Stop sending a release to a group',
    description: 'The group keeps older releases but no longer gets this one.',
  },
  releases_addTesters: {
    summary: 'Send a release to one tester',
    description:
      'Send the tester’s `email`. People without an account are invited.',
  },
  releases_putDistributionTester: {
    summary: 'Change how one tester gets a release',
    description: 'Turn `mandatory_update` on or off for this tester.',
  },
  releases_deleteDistributionTester: {
    summary: 'Stop sending a release to one tester',
    description:
      'The tester, by id in the path, no longer gets this release directly. Releases reaching them through a group are not affected.',
  },
  releases_addStore: {
    summary: 'Publish a release to a store',
    description:
      'Send the store connection’s `id`. App Center then uploads the build to Google Play, the App Store (TestFlight) or Intune; follow progress with the store release calls.',
  },
  releases_deleteDistributionStore: {
    summary: 'Remove a release from a store connection',
    description:
      'Takes the store connection (`store_id`) off the release’s destinations.',
  },
  stores_list: {
    summary: 'List the store connections of an app',
    description:
      'Connections to Google Play tracks, App Store Connect or Intune that releases can be published to.',
  },
  stores_create: {
    summary: 'Connect an app to a store',
    description:
      'Needs the store’s credentials saved first as a service connection; send its id in `service_connection_id` together with the `type` and `track`.',
  },
  stores_get: {
    summary: 'Get one store connection',
    description:
      'The store connection’s `name`, `type` (`googleplay`, `apple` or `intune`), track and the service connection it signs in with.',
  },
  stores_patch: {
    summary: 'Change a store connection',
    description:
      'Points the store connection at other saved credentials: send the new `service_connection_id`, for example after the old ones expired.',
  },
  stores_delete: {
    summary: 'Delete a store connection',
    description: 'What was already published stays in the store.',
  },
  storeReleases_list: {
    summary: 'List the releases sent to a store',
    description:
      'The releases that were published through this store connection, newest first, with their versions.',
  },
  storeReleases_getLatest: {
    summary: 'Get the newest release sent to a store',
    description:
      'What was last published through the store connection, with its versions, size and notes.',
  },
  storeReleases_get: {
    summary: 'Get one release sent to a store',
    description:
      'One release as published through the store connection: its versions, size, minimum OS and status (`available` or not).',
  },
  storeReleases_delete: {
    summary: 'Forget a release sent to a store',
    description:
      'Deletes the release from the store connection’s list in App Center.',
  },
  storeReleases_getPublishError: {
    summary: 'Find out why publishing to a store failed',
    description: 'The store’s error message for a failed publication.',
  },
  storeReleasePublishLogs_get: {
    summary: 'Read the log of a store publication',
    description:
      'The log App Center wrote while uploading the release to the store; the place to look when publishing failed.',
  },
  storeReleases_getRealTimeStatusByReleaseId: {
    summary: 'Follow a store publication as it happens',
    description:
      'The current state of publishing one release to the store, with the store type, track and version, to poll while it goes on.',
  },
  distributionGroups_listForOrg: {
    summary: 'List the shared distribution groups of an organization',
    description:
      'Groups that belong to the organization rather than to one app, so the same testers can get several apps.',
  },
  distributionGroups_createForOrg: {
    summary: 'Create a shared distribution group',
    description: 'Send a `name`; add apps and testers to it afterwards.',
  },
  distributionGroups_getForOrg: {
    summary: 'Get one shared distribution group',
    description: 'The shared group’s id, name and whether it is public.',
  },
  distributionGroups_patchForOrg: {
    summary: 'Rename a shared distribution group',
    description:
      'Send a new `name`, or `is_public` to let anyone with the link download its releases.',
  },
  distributionGroups_deleteForOrg: {
    summary: 'Delete a shared distribution group',
    description:
      'Its testers lose access to the releases of every app they got through it.',
  },
  distributionGroups_getApps: {
    summary: 'List the apps a shared group can get',
    description:
      'The organization’s apps whose releases can be sent to this group.',
  },
  distributionGroups_addApps: {
    summary: 'Let a shared group get more apps',
    description: 'Send the apps by `name` in `apps`.',
  },
  distributionGroups_bulkDeleteApps: {
    summary: 'Take apps away from a shared group',
    description:
      'Send the apps to remove by `name` in `apps`. The group stays; it just stops getting those apps.',
  },
  distributionGroups_listUsersForOrg: {
    summary: 'List the testers in a shared group',
    description:
      'Everyone in the shared group, including people invited by email who have not signed up yet.',
  },
  distributionGroups_addUsersForOrg: {
    summary: 'Add testers to a shared group',
    description: 'Send their email addresses in `user_emails`.',
  },
  distributionGroups_bulkDeleteUsers: {
    summary: 'Remove testers from a shared group',
    description: 'Send the email addresses to remove in `user_emails`.',
  },
  distributionGroups_detailsForOrg: {
    summary: 'List the shared groups with their apps and tester counts',
    description:
      'Every shared group of the organization in one call, with how many apps and testers each has and a few of its apps (`apps_limit` says how many).',
  },
  distributionGroups_listAllTestersForOrg: {
    summary: 'List every tester of an organization',
    description: 'Everyone in any of the organization’s shared groups.',
  },
  releases_listTesterApps: {
    summary: 'List the apps you can test',
    description:
      'The apps whose releases reach you as a tester, with their newest release.',
  },
  devices_userDevicesList: {
    summary: 'List your registered iOS devices',
    description:
      'The devices you registered for ad-hoc installs, with their UDIDs.',
  },
  devices_deviceDetails: {
    summary: 'Get one of your registered devices',
    description:
      'The device’s UDID, model, name, OS version and when you registered it. `device_udid` is the UDID.',
  },
  devices_removeUserDevice: {
    summary: 'Unregister one of your devices',
    description:
      'The device, by UDID, leaves your list and is no longer added to provisioning profiles for you.',
  },
  releases_getLatestPrivateRelease: {
    summary: 'Check for a newer release (SDK in-app updates)',
    description:
      'What the Distribute SDK asks from inside the app, by App Secret. It takes a tester’s update token, not an API token.',
  },
  releases_getLatestByHash: {
    summary: 'Find a release by its file hash (SDK in-app updates)',
    description:
      'Used by the Distribute SDK to learn which release is installed. Pass `latest` to get the newest public release instead.',
  },
  provisioning_profile: {
    summary: 'Get the provisioning profile of an iOS release',
    description:
      'Its type (`adhoc`, `enterprise` or other), name, team, bundle id and the device UDIDs it includes. iOS releases only; others answer 400.',
  },
  devices_getReleaseUpdateDevicesStatus: {
    summary: 'Check on re-signing a release for new devices',
    description:
      'When testers register new iOS devices, App Center can re-sign an ad-hoc release with an updated profile so they can install it. This call follows one such job, by its `resign_id`. `include_provisioning_profile=true` adds the new profile.',
  },
  devices_registerUserForDevice: {
    summary: 'Register a device for a user',
    description:
      'Adds an iOS device (its `udid`, `model`, OS version and so on) to a user’s devices, so it can be put in the provisioning profiles of their releases. `user_id` is the user’s id, not their name.',
  },
  releases_availableToTester: {
    summary: 'List the releases a tester can install (old)',
    description:
      'Deprecated. The releases of the app that the calling tester may install; `published_only=true` keeps only published ones.',
  },
  releases_deleteTesterFromDestinations: {
    summary: 'Remove a tester from every release of an app',
    description:
      'The tester, by `tester_id`, stops getting the releases that were sent to them directly.',
  },
  storeNotifications_getNotificationByAppId: {
    summary: 'Check the store connection status of an app',
    description:
      'Which store `service` the app publishes through, its `status`, and `valid_until`: until when that status holds.',
  },
  appleMapping_get: {
    summary: 'See which App Store Connect app an app is linked to',
    description:
      'The Apple app id, team and service connection that App Center uses to publish the app’s releases to TestFlight and the App Store.',
  },
  appleMapping_create: {
    summary: 'Link an app to its App Store Connect app',
    description:
      'Send `service_connection_id` (your saved Apple credentials), the app’s numeric `apple_id` in App Store Connect, its `bundle_identifier` and `team_identifier`. Needed before publishing to the App Store.',
  },
  appleMapping_delete: {
    summary: 'Unlink an app from App Store Connect',
    description:
      'Publishing to TestFlight and the App Store stops until the app is linked again.',
  },
  appleMapping_TestFlightGroups: {
    summary: 'List the TestFlight groups of the linked app (old)',
    description:
      'Deprecated. The beta groups in App Store Connect that releases could be sent to.',
  },
}
