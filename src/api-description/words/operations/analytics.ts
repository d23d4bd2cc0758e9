import type { OperationWords } from '../operations.ts'

/**
 * Analytics: usage figures the SDK sends. Most calls take a required `start`
 * and an optional `end` and `versions`, and answer with the figures for that
 * window plus the window before it, for comparison.
 */
export const ANALYTICS: Readonly<Record<string, OperationWords>> = {
  // Usage
  Analytics_DeviceCounts: {
    summary: 'Count active devices per day, week and month',
    description:
      'The numbers behind the Analytics overview: devices that sent at least one session, as daily, weekly and monthly series. `start` and `app_build` (the build number to count) are both required.',
  },
  Analytics_SessionCounts: {
    summary: 'Count sessions over time',
    description:
      'A series of session counts, one point per `interval`: `P1D` (a day), `P1W` (a week) or `P30D` (30 days), written as ISO 8601 durations. `start` and `interval` are required.',
  },
  Analytics_PerDeviceCounts: {
    summary: 'Count sessions per device',
    description:
      'How often an average device opens the app, per `interval` (`P1D`, `P1W` or `P30D`), with the average over the whole window and over the window before it.',
  },
  Analytics_SessionDurationsDistribution: {
    summary: 'See how long sessions last',
    description:
      'Sessions sorted into buckets by how long they lasted, plus the average duration now and in the window before.',
  },
  Analytics_Versions: {
    summary: 'Count devices per app version',
    description:
      'Which versions of the app are in use and on how many devices, most used first. `$top` caps the list (30 unless you say otherwise).',
  },
  Analytics_PlaceCounts: {
    summary: 'Count devices per country or region',
    description:
      'Where the app’s users are, as the device reports its region, most common first. `$top` caps the list.',
  },
  Analytics_OperatingSystemCounts: {
    summary: 'Count devices per operating system version',
    description:
      'For example how many devices run iOS 17 against iOS 16, to decide which OS versions to keep supporting.',
  },
  Analytics_ModelCounts: {
    summary: 'Count devices per model',
    description:
      'The device models the app runs on, most common first, such as `iPhone15,2` or `Pixel 8`.',
  },
  Analytics_LanguageCounts: {
    summary: 'Count devices per language',
    description:
      'The languages devices are set to, most common first, to see which translations matter.',
  },
  // Events
  Analytics_Events: {
    summary: 'List the custom events of an app',
    description:
      'Every event the app sent with `trackEvent`, with how often it was sent and by how many devices. Filter by `event_name`, sort with `$orderby` (by count, descending, unless you say otherwise) and page with `$top` and `$skip`.',
  },
  Analytics_EventCount: {
    summary: 'Count one event over time',
    description:
      'Daily counts of one custom event, with the total now and in the window before.',
  },
  Analytics_EventDeviceCount: {
    summary: 'Count the devices that sent one event',
    description:
      'Daily counts of devices that sent the event, next to the total number of active devices, so you can tell what share of users reach it.',
  },
  Analytics_EventPerSessionCount: {
    summary: 'Count one event per session',
    description: 'How many times, on average, a session sends the event.',
  },
  Analytics_EventPerDeviceCount: {
    summary: 'Count one event per device',
    description: 'How many times, on average, a device sends the event.',
  },
  Analytics_EventProperties: {
    summary: 'List the property names of one event',
    description:
      'The keys the app attached to the event (up to 20 per event in the SDK). Use one as `event_property_name` in the counts call.',
  },
  Analytics_EventPropertyCounts: {
    summary: 'Count the values of one event property',
    description:
      'For one property of one event, its most frequent values and how often each was sent. `$top` caps the list (10 unless you say otherwise).',
  },
  Analytics_EventsDelete: {
    summary: 'Delete a custom event',
    description:
      'Removes the event and its figures from Analytics, for example one sent by mistake or with a misspelled name.',
  },
  Analytics_EventsDeleteLogs: {
    summary: 'Delete the raw logs of a custom event',
    description:
      'Erases the stored occurrences of the event, for example when they carried data that should not have been collected.',
  },
  // Log flow
  Analytics_LogFlow: {
    summary: 'Watch the logs arriving from devices',
    description:
      'The newest logs (sessions, events, pages…) that the app’s devices sent, at most 100 per call. Poll it with `start` set to the `last_received_log_timestamp` of the previous answer to follow along, for example while testing an SDK integration.',
  },
  Analytics_GenericLogFlow: {
    summary: 'Watch the logs arriving from devices, in the generic format',
    description:
      'Like the log flow call, at most 100 logs per call, but with each log in one shape whatever its type.',
  },
  Crashes_ListSessionLogs: {
    summary: 'See what happened before a crash, by crash id',
    description:
      'The events and pages logged in the session that ended in a crash. `date` narrows the search to the day of the crash. The error calls have the same by error id.',
  },
  // Audiences
  Analytics_ListAudiences: {
    summary: 'List the audiences of an app',
    description:
      'Audiences are saved groups of devices defined by their properties, for example "German speakers on version 2.x", used to target push notifications. Disabled ones are left out unless `include_disabled=true`.',
  },
  Analytics_GetAudience: {
    summary: 'Get one audience',
    description:
      'Its `definition` (the filter), how many devices it is estimated to hold, and its `state`: `Calculating` just after a change, then `Ready`.',
  },
  Analytics_CreateOrUpdateAudience: {
    summary: 'Create or change an audience',
    description:
      'PUT with the audience’s name in the path: it is created if new and replaced if it exists. Send its `definition` as a filter over device and custom properties; try the filter first with the definition test call.',
  },
  Analytics_DeleteAudience: {
    summary: 'Delete an audience',
    description:
      'Push notifications already sent to it are not affected. Answers 404 when no audience has that name.',
  },
  Analytics_AudienceNameExists: {
    summary: 'Check whether an audience name is taken',
    description:
      'A HEAD request: `204` means an audience with that name exists, `404` means the name is free.',
  },
  Analytics_TestAudience: {
    summary: 'Try an audience definition',
    description:
      'Estimates how many devices a `definition` would match, without saving anything. Useful before creating or changing an audience.',
  },
  Analytics_ListDeviceProperties: {
    summary: 'List the device properties audiences can use',
    description:
      'The built-in properties (such as model, OS version or country) that a definition can filter on, with their types.',
  },
  Analytics_ListDevicePropertyValues: {
    summary: 'List the values of one device property',
    description:
      'The values seen for a property, to help write a definition. `contains` narrows them to those including some text.',
  },
  Analytics_ListCustomProperties: {
    summary: 'List the custom properties audiences can use',
    description:
      'Properties the app set on its devices through the SDK, with their types.',
  },
  // Distribute and crash figures
  Analytics_DistributionReleaseCounts: {
    summary: 'Count the downloads of releases',
    description:
      'Send the releases you care about in `releases`, each as a `release` id and optionally a `distribution_group`; the answer gives the total downloads of each. A POST only because the list travels in the body; nothing changes.',
  },
  Analytics_CrashGroupsTotals: {
    summary: 'Count crashes and affected devices for several crash groups',
    description:
      'Send `crash_groups`, a list of `crash_group_id` and `app_version` pairs; each comes back with its crash count and the number of devices hit. A POST only because the list travels in the body.',
  },
  Analytics_CrashCounts: {
    summary: 'Count crashes per day (old)',
    description:
      'Deprecated: use the daily counts call of the error calls with `errorType=unhandledError`.',
  },
  Analytics_CrashFreeDevicePercentages: {
    summary: 'Share of devices without crashes (old)',
    description:
      'Deprecated: the error calls offer the same figure. `version` is required here.',
  },
  Analytics_CrashGroupTotals: {
    summary: 'Count the crashes of one crash group (old)',
    description:
      'Deprecated. The crash count and affected devices of one group for one `version`.',
  },
  Analytics_CrashGroupCounts: {
    summary: 'Count one crash group’s crashes per day (old)',
    description:
      'Deprecated. Daily counts for one group and one `version`; `start` is required.',
  },
  Analytics_CrashGroupModelCounts: {
    summary: 'Count one crash group’s crashes per device model (old)',
    description: 'Deprecated. Which device models one group hits most.',
  },
  Analytics_CrashGroupOperatingSystemCounts: {
    summary: 'Count one crash group’s crashes per OS version (old)',
    description: 'Deprecated. Which OS versions one group hits most.',
  },
  // Stopping data
  Devices_BlockLogs: {
    summary: 'Stop collecting data from one installation, for good',
    description:
      '**Cannot be undone.** App Center ignores everything the SDK sends from this `install_id` from now on. Meant for removing one user’s device from collection, for example after a privacy request.',
  },
  App_BlockLogs: {
    summary: 'Stop collecting data from a whole app, for good',
    description:
      '**Cannot be undone.** App Center ignores everything any device sends for this app from now on: no more analytics, crashes or errors. Only for an app you are shutting down.',
  },
}
