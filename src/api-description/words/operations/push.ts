import type { OperationWords } from '../operations.ts'

/** Push: notifications to the app’s devices, and the platform credentials they need. */
export const PUSH: Readonly<Record<string, OperationWords>> = {
  Push_GetConfig: {
    summary: 'Get the push setup of an app',
    description:
      'Which platform service the app sends through, as `type`: APNs for Apple, Firebase (`gcm_config`) for Android, or WNS for Windows. Secrets are not returned.',
  },
  Push_SetConfig: {
    summary: 'Set up push for an app',
    description:
      'Saves the credentials of the platform’s push service; the fields depend on `type` (`apns_token_config`, `gcm_config` or `wns_config`). Without this, notifications cannot be sent.',
  },
  Push_DeleteConfig: {
    summary: 'Remove the push setup of an app',
    description:
      'Deletes the saved credentials; sending notifications stops working until you set them again.',
  },
  Push_ConfigExists: {
    summary: 'Check whether push is set up',
    description:
      'A HEAD request: `204` means the app has push credentials saved, `404` means it has none.',
  },
  Push_List: {
    summary: 'List the notifications sent from an app',
    description:
      'Each with its state and how many sends succeeded or failed; `$orderby` sets the order and `$top` the page size. Archived ones are left out unless `include_archived=true`. For the next page, pass the `$skiptoken` found in `nextLink`.',
  },
  Push_Send: {
    summary: 'Send a push notification',
    description:
      'Send `notification_content` (a `name` for your own lists is required; `title`, `body` and `custom_data` are what devices get) and `notification_target`, whose `type` picks everyone (`broadcast_target`), audiences, devices by install id, user ids or account ids. The answer is `202` with a `notification_id`; sending goes on in the background.',
  },
  Push_Get: {
    summary: 'Get one notification',
    description:
      'What was sent, to whom and how it went: `state` (`Queued`, `Sending`, `Completed`, `Failed` or `NoTargetFound`), success and failure counts, and why sends failed.',
  },
  Push_Delete: {
    summary: 'Delete notifications',
    description:
      'Send the ids to delete in `values`. A DELETE that carries a JSON body, which some HTTP clients drop; check yours sends it.',
  },
  Push_DeleteInstallId: {
    summary: 'Forget one device for push',
    description:
      'Removes the device, by its SDK `install_id`, from push, so it gets no more notifications.',
  },
  Push_ExportDevices: {
    summary: 'Export the app’s push devices to Azure Storage',
    description:
      'Writes the list of devices registered for push into an Azure blob container: send a SAS URL for the container, with write rights, in `blob_container_sas_uri`. The answer is `202` with an `export_id` to follow.',
  },
  Push_ExportDevicesStatus: {
    summary: 'Check on a push device export',
    description: '`status` is `InProgress`, `Completed` or `Failed`.',
  },
}
