import type { OperationWords } from '../operations.ts'

/** Export: copy an app’s diagnostics data to the owner’s own Azure resources. */
export const EXPORT: Readonly<Record<string, OperationWords>> = {
  ExportConfigurations_List: {
    summary: 'List the data exports of an app',
    description:
      'Each export sends data on to Azure Blob Storage or Application Insights, with its `state` (`Enabled`, `Disabled`, `Pending`, `Invalid`…) and when it last ran.',
  },
  ExportConfigurations_Create: {
    summary: 'Start exporting an app’s data to Azure',
    description:
      'Pick the destination with `type`: by connection string or instrumentation key, or through an Azure subscription linked to the app (then give `resource_group` and `resource_name`). `export_entities` says what to send (`crashes`, `errors`, `attachments`); `backfill` also sends older data. The answer is `202`: setup goes on in the background.',
  },
  ExportConfigurations_Get: {
    summary: 'Get one data export',
    description:
      'Its destination, what it sends, its `state` and `state_info` (why it is not running, if it is not).',
  },
  ExportConfigurations_PartialUpdate: {
    summary: 'Change a data export',
    description:
      'Send the `type` again together with what changes, such as `export_entities` or the destination.',
  },
  ExportConfigurations_Delete: {
    summary: 'Delete a data export',
    description:
      'Stops sending data. What was already exported stays in your Azure resources.',
  },
  ExportConfigurations_Enable: {
    summary: 'Resume a data export',
    description: 'Starts a disabled export again. Send `{}` as the body.',
  },
  ExportConfigurations_Disable: {
    summary: 'Pause a data export',
    description:
      'Stops sending data but keeps the export’s settings, so it can be resumed. Send `{}` as the body.',
  },
}
