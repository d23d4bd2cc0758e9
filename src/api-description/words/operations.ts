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
export const OPERATIONS: Readonly<Record<string, OperationWords>> = {
  // CodePush
  codePushDeployments_list: {
    summary: 'List the CodePush deployments of an app',
    description:
      'A deployment is a channel that updates flow through, usually `Staging` and `Production`. Each comes with its own deployment key, which the app’s CodePush SDK uses to ask for updates.',
  },
  codePushDeployments_create: {
    summary: 'Create a CodePush deployment',
    description:
      'Adds a channel for updates, for example `QA`. Send its `name`; App Center makes up a deployment key unless you pass one. Names must be unique within the app.',
  },
  codePushDeployments_get: {
    summary: 'Get one CodePush deployment',
    description:
      'Returns the deployment’s name, its key and the latest release on it, if any.',
  },
  codePushDeployments_update: {
    summary: 'Rename a CodePush deployment',
    description:
      'Changes the deployment’s name. Apps keep working: they find updates by key, not by name.',
  },
  codePushDeployments_delete: {
    summary: 'Delete a CodePush deployment',
    description:
      'Removes the channel, its key and every release on it. Apps still built with that key get no more updates. There is no undo.',
  },
  codePushDeploymentMetrics_get: {
    summary: 'See how a deployment’s releases are doing',
    description:
      'Per release label: how many devices downloaded it, installed it, are running it now and rolled back from it. Use it to watch a rollout before you widen it.',
  },
  codePushDeployments_promote: {
    summary: 'Promote a CodePush release to another deployment',
    description:
      'Copies the latest release of `deployment_name` (or the one named by `label`) to `promote_deployment_name`, typically from `Staging` to `Production` once it has been tested. Fields in the body override the copied ones, such as `rollout` or `is_mandatory`.',
  },
  codePushDeploymentReleases_get: {
    summary: 'List the releases of a CodePush deployment',
    description:
      'The update history of one deployment, oldest first, with each release’s label (`v1`, `v2`…), target binary range, rollout and whether it is disabled or mandatory.',
  },
  codePushDeploymentReleases_create: {
    summary: 'Release a CodePush update',
    description:
      'Publishes an update that was uploaded first (see the uploads call): send where the bundle is and the `target_binary_range` of app store versions it fits, such as `1.0.x`. Most people run `appcenter codepush release-react` instead, which does both steps.',
  },
  codePushDeploymentReleases_delete: {
    summary: 'Clear the release history of a deployment',
    description:
      'Deletes every release of the deployment. Devices keep what they installed; new installs get no update until you release again.',
  },
  deploymentReleases_update: {
    summary: 'Change a CodePush release',
    description:
      'Edits one release, named by its label: widen `rollout` (it can only grow), disable it so no more devices take it, make it mandatory, or change its target binary range or description.',
  },
  codePushDeploymentRelease_rollback: {
    summary: 'Roll a deployment back',
    description:
      'Makes a new release that repeats an earlier one: the one before the latest, or the one named by `label`. Devices that took the bad update move to the new release the next time they check.',
  },
  codePushDeploymentUpload_create: {
    summary: 'Start uploading a CodePush bundle',
    description:
      'Returns where to upload the zipped update and an id for it. After the upload, create the release with that id.',
  },
  legacyCodePushAcquisition_updateCheck: {
    summary: 'Ask whether an update is waiting (CodePush SDK)',
    description:
      'What the CodePush SDK calls on the device, with the deployment key and the app’s version and current package hash. It needs no API token. Useful to check what a device would get.',
  },
  legacyCodePushAcquisition_updateDownloadStatus: {
    summary: 'Report a downloaded update (CodePush SDK)',
    description:
      'Sent by the CodePush SDK after a device downloads an update; it feeds the download figures of the metrics call. It needs no API token.',
  },
  legacyCodePushAcquisition_updateInstallsStatus: {
    summary: 'Report an installed update (CodePush SDK)',
    description:
      'Sent by the CodePush SDK after an update is installed, or rolled back; it feeds the install and rollback figures of the metrics call. It needs no API token.',
  },
  // Build
  builds_listBranches: {
    summary: 'List the branches of an app’s repository',
    description:
      'Every branch of the connected repository, whether it is set up to build and its last build. Connect a repository first (see the repository configuration calls).',
  },
  builds_listByBranch: {
    summary: 'List the builds of a branch',
    description:
      'The builds of one branch, newest first, with their status and result.',
  },
  builds_create: {
    summary: 'Start a build of a branch',
    description:
      'Queues a build of the branch with its saved configuration. Leave the body `{}` to build the latest commit, or send `sourceVersion` to build a given commit. The branch must be configured first.',
  },
  branchConfigurations_get: {
    summary: 'Get the build configuration of a branch',
    description:
      'How the branch is built: toolset (Xcode, Android, React Native…), signing, scripts, environment variables, triggers and whether builds are distributed.',
  },
  branchConfigurations_create: {
    summary: 'Set up building a branch',
    description:
      'Saves the first build configuration of a branch. Or send `cloneFromBranch` to copy another branch’s configuration.',
  },
  branchConfigurations_update: {
    summary: 'Change the build configuration of a branch',
    description:
      'Replaces the branch’s configuration with the one you send. Get it first and send it back changed, since fields you leave out are dropped.',
  },
  branchConfigurations_delete: {
    summary: 'Stop building a branch',
    description: 'Removes the branch’s build configuration. Past builds stay.',
  },
  builds_listToolsetProjects: {
    summary: 'Find the projects in a branch',
    description:
      'Scans the branch for projects the chosen toolset can build (`os` and `platform` say which), for example Xcode schemes or Gradle modules, to fill a build configuration.',
  },
  builds_getStatusByAppId: {
    summary: 'Check the build service of an app',
    description: 'Whether the build service is available for the app.',
  },
  builds_get: {
    summary: 'Get one build',
    description:
      'The build’s number, status (`notStarted`, `inProgress`, `completed`…), result (`succeeded`, `failed`, `canceled`), branch, commit and times.',
  },
  builds_update: {
    summary: 'Cancel a build',
    description:
      'Send `{"status": "cancelling"}` to stop a queued or running build.',
  },
  builds_distribute: {
    summary: 'Distribute a finished build',
    description:
      'Releases the build’s output to distribution groups, testers or a store, with release notes, like the Distribute button in the portal.',
  },
  builds_getDownloadUri: {
    summary: 'Get a download link for a build’s output',
    description:
      'Returns a short-lived URL for the build’s `logs`, `build` (the app binary) or `symbols`. The link expires, so fetch it when you need it.',
  },
  builds_getLog: {
    summary: 'Read the log of a build',
    description:
      'The build log as lines of text, to see why a build failed without downloading it.',
  },
  commits_listByShaList: {
    summary: 'Look up commits by SHA',
    description:
      'Details (author, message, date) for several commits at once; pass their SHAs, comma-separated, in `hashes`.',
  },
  fileAssets_create: {
    summary: 'Reserve space for a file upload',
    description:
      'Returns where to upload a file, such as a signing certificate or provisioning profile, for use in a build configuration.',
  },
  repositoryConfigurations_list: {
    summary: 'See which repository an app builds from',
    description:
      'The connected repository, if any, with its URL and state. Send `includeInactive=true` to see past connections too.',
  },
  repositoryConfigurations_createOrUpdate: {
    summary: 'Connect a repository to an app',
    description:
      'Links the app to a GitHub, Bitbucket, GitLab or Azure DevOps repository by its URL, so its branches can be built.',
  },
  repositoryConfigurations_delete: {
    summary: 'Disconnect the repository of an app',
    description:
      'Unlinks the repository; builds stop until another one is connected.',
  },
  repositories_list: {
    summary: 'List the repositories you could connect',
    description:
      'The repositories the signed-in user can reach on a source host (`github`, `bitbucket`, `vsts`, `gitlab`).',
  },
  builds_listToolsets: {
    summary: 'List the build tools available',
    description:
      'The versions of Xcode, Xamarin, Node.js and so on that builds can use.',
  },
  builds_listXamarinSDKBundles: {
    summary: 'List the Xamarin SDK bundles (old)',
    description: 'Deprecated: the toolsets call lists the same and more.',
  },
  builds_listXcodeVersions: {
    summary: 'List the Xcode versions (old)',
    description: 'Deprecated: the toolsets call lists the same and more.',
  },
  // Distribute
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
  },
  releases_addStore: {
    summary: 'Publish a release to a store',
    description:
      'Send the store connection’s `id`. App Center then uploads the build to Google Play, the App Store (TestFlight) or Intune; follow progress with the store release calls.',
  },
  releases_deleteDistributionStore: {
    summary: 'Remove a release from a store connection',
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
  stores_get: { summary: 'Get one store connection' },
  stores_patch: { summary: 'Change a store connection' },
  stores_delete: {
    summary: 'Delete a store connection',
    description: 'What was already published stays in the store.',
  },
  storeReleases_list: {
    summary: 'List the releases sent to a store',
  },
  storeReleases_getLatest: {
    summary: 'Get the newest release sent to a store',
  },
  storeReleases_get: { summary: 'Get one release sent to a store' },
  storeReleases_delete: { summary: 'Forget a release sent to a store' },
  storeReleases_getPublishError: {
    summary: 'Find out why publishing to a store failed',
    description: 'The store’s error message for a failed publication.',
  },
  storeReleasePublishLogs_get: {
    summary: 'Read the log of a store publication',
  },
  storeReleases_getRealTimeStatusByReleaseId: {
    summary: 'Follow a store publication as it happens',
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
  },
  distributionGroups_patchForOrg: {
    summary: 'Rename a shared distribution group',
  },
  distributionGroups_deleteForOrg: {
    summary: 'Delete a shared distribution group',
  },
  distributionGroups_getApps: {
    summary: 'List the apps a shared group can get',
  },
  distributionGroups_addApps: {
    summary: 'Let a shared group get more apps',
    description: 'Send the apps by `name` in `apps`.',
  },
  distributionGroups_bulkDeleteApps: {
    summary: 'Take apps away from a shared group',
  },
  distributionGroups_listUsersForOrg: {
    summary: 'List the testers in a shared group',
  },
  distributionGroups_addUsersForOrg: {
    summary: 'Add testers to a shared group',
    description: 'Send their email addresses in `user_emails`.',
  },
  distributionGroups_bulkDeleteUsers: {
    summary: 'Remove testers from a shared group',
  },
  distributionGroups_detailsForOrg: {
    summary: 'List the shared groups with their apps and tester counts',
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
  devices_deviceDetails: { summary: 'Get one of your registered devices' },
  devices_removeUserDevice: {
    summary: 'Unregister one of your devices',
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
}
