import type { OperationWords } from '../operations.ts'

/** Diagnostics: crash and error groups, single reports, symbols, and the deprecated crash calls the error calls replaced. */
export const DIAGNOSTICS: Readonly<Record<string, OperationWords>> = {
  Errors_GroupList: {
    summary: 'List the crash and error groups of an app',
    description:
      'Reports that look alike are grouped, so one bug is one row: with its count, the devices it hit, the app versions and its state. Pass `errorType=unhandledError` for crashes, `handledError` for errors the app caught and reported, or `all`. `start` is required: the first moment to look at.',
  },
  Errors_ErrorGroupsSearch: {
    summary: 'Search the crash and error groups',
    description:
      'Finds groups by text (`$search`) and filters (`$filter`), for larger apps.',
  },
  Errors_GroupDetails: {
    summary: 'Get one crash or error group',
    description:
      'Its exception, where in the code it happens, counts, first and last time seen, and its state.',
  },
  Errors_UpdateState: {
    summary: 'Close, reopen or ignore a crash or error group',
    description: 'Send `state`: `open`, `closed` (fixed) or `ignored`.',
  },
  Errors_ListForGroup: {
    summary: 'List the reports in a crash or error group',
    description:
      'The single occurrences, newest first, with the device and app version of each.',
  },
  Errors_LatestErrorDetails: {
    summary: 'Get the newest report of a group',
    description:
      'The most recent report in the group, with its device, OS, country, language and user, and whether it has attachments or breadcrumbs.',
  },
  Errors_GetErrorDetails: {
    summary: 'Get one crash or error report',
    description:
      'The device, OS, app version, user and time of one occurrence. Its stack trace has a call of its own.',
  },
  Errors_DeleteError: {
    summary: 'Delete one crash or error report',
    description: 'For example to remove personal data that a report carried.',
  },
  Errors_ErrorStackTrace: {
    summary: 'Get the stack trace of one report',
    description:
      'Readable names need the app’s symbols (dSYMs, mapping files) uploaded; otherwise frames show addresses.',
  },
  Errors_GroupErrorStackTrace: {
    summary: 'Get the typical stack trace of a group',
    description:
      'The stack trace that stands for the whole group: its title, reason, threads and exception.',
  },
  Errors_ErrorDownload: {
    summary: 'Download one report in full',
    description: 'The raw report, as the SDK sent it, with every thread.',
  },
  Errors_ErrorAttachments: {
    summary: 'List what an app attached to a report',
    description:
      'Files or text the app added through the SDK when the crash or error happened.',
  },
  Errors_ListSessionLogs: {
    summary: 'See what happened before a crash',
    description:
      'The events and pages logged in the session that ended in this report.',
  },
  Errors_CountsPerDay: {
    summary: 'Count crashes or errors per day',
    description:
      'A daily series over the window from `start`, with the total. `errorType` picks crashes (`unhandledError`) or caught errors (`handledError`); `version` and `app_build` narrow it.',
  },
  Errors_ErrorFreeDevicePercentages: {
    summary: 'Share of devices without crashes',
    description:
      'Per day: the percentage of active devices that had no crash, a common health figure.',
  },
  Errors_AvailableVersions: {
    summary: 'List the app versions that reported crashes or errors',
    description: 'Use them to fill the `version` filters of the other calls.',
  },
  errors_getRetentionSettings: {
    summary: 'See how long crash reports are kept',
    description:
      '`retention_in_days` is `28` or `90`: older crash and error reports are deleted.',
  },
  errors_putRetentionSettings: {
    summary: 'Change how long crash reports are kept',
    description:
      'Send `retention_in_days`: `28` or `90`. Reports older than that are deleted, so shortening it loses data.',
  },
  symbolUploads_create: {
    summary: 'Start uploading symbols',
    description:
      'First of three steps: this call answers with an upload URL; put the file (a zipped dSYM, a mapping.txt, Breakpad symbols…) there, then mark the upload `committed` with the change call.',
  },
  symbolUploads_complete: {
    summary: 'Finish or abort a symbol upload',
    description:
      'Send `{"status": "committed"}` once the file is uploaded, or `aborted` to give up. Crashes are symbolicated afterwards.',
  },
  symbolUploads_list: {
    summary: 'List the symbol uploads of an app',
    description:
      'Every symbol upload with its type, status (`created`, `committed`, `processing`, `indexed`, `failed`…) and who uploaded it. Filter with `status` and `symbol_type`; `top` caps the list.',
  },
  symbolUploads_get: {
    summary: 'Get one symbol upload',
    description:
      'The upload’s `status`, `symbol_type`, who sent it and which symbols it brought. `indexed` means crashes can use them.',
  },
  symbolUploads_delete: {
    summary: 'Delete a symbol upload',
    description:
      'Removes the upload; the answer is the upload as it was. Crashes that relied on its symbols can no longer be made readable with them.',
  },
  symbols_list: {
    summary: 'List the symbols of an app',
    description:
      'The symbol files App Center has, by id (for example a dSYM’s UUID).',
  },
  missingSymbolGroups_list: {
    summary: 'List the crash groups waiting for symbols',
    description:
      'Crashes that cannot be made readable yet, with the symbol ids to upload for them.',
  },
  symbols_ignore: {
    summary: 'Stop asking for a missing symbol',
    description: 'For system libraries or builds whose symbols are lost.',
  },
  crashGroups_list: {
    summary: 'List crash groups (old)',
    description:
      'Deprecated: use the error groups calls with `errorType=unhandledError`.',
  },
  crashes_list: {
    summary: 'List the crashes of a group (old)',
    description: 'Deprecated: use the error groups calls.',
  },
  // Errors
  Errors_ErrorSearch: {
    summary: 'Search single crash and error reports',
    description:
      'Looks through individual reports rather than groups. `q` is free text, `filter` an OData filter; sort by `timestamp` (the default) or fields such as `deviceName` and `osVersion`. Page with `$top` and `$skip` while `hasMoreResults` is true.',
  },
  Errors_AppBuildsList: {
    summary: 'List the builds of one version that reported crashes or errors',
    description:
      'The build numbers seen for one app `version` in the window. `version` and `start` are required; `errorType` narrows it to crashes or handled errors.',
  },
  Errors_GroupCountsPerDay: {
    summary: 'Count one group’s crashes or errors per day',
    description:
      'Daily counts for one group, to see whether a fix made it go away. `version` narrows it to one app version.',
  },
  Errors_GroupErrorFreeDevicePercentages: {
    summary: 'Share of devices untouched by one group',
    description:
      'Per day: the percentage of active devices that did not hit this group, with the average over the window.',
  },
  Errors_GroupModelCounts: {
    summary: 'Count one group’s reports per device model',
    description:
      'Which device models hit the group most, to spot a bug tied to some hardware.',
  },
  Errors_GroupOperatingSystemCounts: {
    summary: 'Count one group’s reports per OS version',
    description:
      'Which OS versions hit the group most, to spot a bug tied to one OS release.',
  },
  Errors_ErrorLocation: {
    summary: 'Get a download link for one report',
    description:
      'A short-lived `uri` to the raw report, for tools that want the file rather than JSON.',
  },
  Errors_ErrorAttachmentLocation: {
    summary: 'Get a download link for a report’s attachment',
    description:
      'A short-lived `uri` to a file the app attached to the report. List the attachments first to get `attachmentId`.',
  },
  Errors_ErrorAttachmentText: {
    summary: 'Read a text attachment of a report',
    description:
      'The text the app attached, in `content`. For binary attachments use the download link call.',
  },
  // Symbols
  symbols_get: {
    summary: 'Get one symbol',
    description:
      'The symbol’s `type` (Apple, JavaScript, Breakpad, AndroidProguard, UWP), the version and build it belongs to, whether it came from you or the system (`origin`), and the upload that brought it.',
  },
  symbols_getStatus: {
    summary: 'Check whether a symbol is available',
    description:
      '`status` is `available` when crashes can use it, `missing` when App Center still needs it, or `ignored` when you told it to stop asking.',
  },
  symbols_getLocation: {
    summary: 'Get a download link for a symbol',
    description:
      'A short-lived `uri` to the symbol file, for example to check that the right dSYM was uploaded.',
  },
  symbolUploads_getLocation: {
    summary: 'Get a download link for a symbol upload',
    description: 'A short-lived `uri` to the file that was uploaded.',
  },
  missingSymbolGroups_info: {
    summary: 'Count the crashes waiting for symbols',
    description:
      'How many crashes of the app cannot be made readable until symbols are uploaded.',
  },
  missingSymbolGroups_get: {
    summary: 'Get one group of crashes waiting for symbols',
    description:
      'The crashes of the group and the symbols they need, by id, so you know which files to upload.',
  },
  // Deprecated crash calls
  crashGroups_get: {
    summary: 'Get one crash group (old)',
    description: 'Deprecated: use the call that gets one error group.',
  },
  crashGroups_update: {
    summary: 'Close, reopen or annotate a crash group (old)',
    description:
      'Deprecated: use the call that changes an error group’s state. Sends `status` (`open`, `closed`, `ignored`) and an `annotation`.',
  },
  crashGroups_getStacktrace: {
    summary: 'Get the typical stack trace of a crash group (old)',
    description:
      'Deprecated: use the error group stack trace call. `grouping_only=true` keeps only the frames used to group crashes.',
  },
  crashes_get: {
    summary: 'Get one crash (old)',
    description:
      'Deprecated: use the error details call. The `include_*` switches add the raw report, log, details or stack trace to the answer.',
  },
  crashes_delete: {
    summary: 'Delete one crash (old)',
    description:
      'Deprecated: use the call that deletes an error. Removes the crash with its attachments; the answer counts what was deleted.',
  },
  crashes_getStacktrace: {
    summary: 'Get the stack trace of one crash (old)',
    description: 'Deprecated: use the error stack trace call.',
  },
  crashes_getNativeCrash: {
    summary: 'Get the native log of one crash (old)',
    description:
      'Deprecated. The native crash log as text, for apps with native (C or C++) code.',
  },
  crashes_getNativeCrashDownload: {
    summary: 'Download the native log of one crash (old)',
    description:
      'Deprecated. The same native log, sent as a file to save rather than to show.',
  },
  crashes_getRawCrashLocation: {
    summary: 'Get a download link for one raw crash (old)',
    description:
      'Deprecated: use the error download link call. The `uri` points to the crash as JSON.',
  },
  crashes_listAttachments: {
    summary: 'List the attachments of one crash (old)',
    description: 'Deprecated: use the error attachments call.',
  },
  crashes_getCrashAttachmentLocation: {
    summary: 'Get a download link for a crash attachment (old)',
    description: 'Deprecated: use the error attachment download link call.',
  },
  crashes_getCrashTextAttachmentContent: {
    summary: 'Read a text attachment of a crash (old)',
    description: 'Deprecated: use the error text attachment call.',
  },
  crashes_getAppCrashesInfo: {
    summary: 'Check whether an app has any crashes (old)',
    description:
      'Deprecated. `has_crashes` says whether App Center ever got a crash from the app.',
  },
  crashes_getAppVersions: {
    summary: 'List the app versions that reported crashes (old)',
    description:
      'Deprecated: use the call listing the versions that reported crashes or errors.',
  },
}
