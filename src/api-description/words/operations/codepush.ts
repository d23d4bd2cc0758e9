import type { OperationWords } from '../operations.ts'

/** CodePush: deployments, releases, promotion, rollback, and the calls the SDK makes from devices. */
export const CODEPUSH: Readonly<Record<string, OperationWords>> = {
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
}
