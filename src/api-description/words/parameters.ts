/**
 * Our description of a parameter, keyed by its name. The first-call
 * parameters are written in hand-written.yaml; any other parameter missing
 * here stops the generator.
 */
export const PARAMETERS: Readonly<Record<string, string>> = {
  distribution_group_name:
    'The distribution group’s `name`, as listed by the distribution groups call.',
  release_id:
    'The release’s numeric `id`, as listed by the releases call; `latest` also works where the path allows it.',
  deployment_name:
    'The CodePush deployment’s name, for example `Staging` or `Production`.',
  branch:
    'The name of a branch of the connected repository, for example `main`.',
  build_id: 'The build’s numeric `id` from the builds list.',
  team_name: 'The team’s `name` within the organization.',
  store_name: 'The store connection’s `name`, as listed by the stores call.',
  crash_group_id: 'The id of a group of identical crashes.',
  crash_id: 'The id of one crash report within a crash group.',
  errorGroupId: 'The id of a group of identical errors.',
  errorId: 'The id of one error report within an error group.',
  test_run_id: 'The id of a test run (a UUID).',
  start:
    'The first moment to include (ISO 8601, for example `2024-11-01T00:00:00Z`).',
  end: 'The last moment to include (ISO 8601). Leave it out to go up to now.',
  $top: 'How many items to return at most.',
  $skip: 'How many items to skip, for paging through a long list.',
  $orderby: 'How to sort the list, as `field` or `field desc`.',
  versions:
    'Only count these app versions. Repeat it or separate values with commas.',
  version: 'An app version, such as `1.0.3`.',
  event_name: 'The name of a custom event as the app sent it through the SDK.',
  audience_name: 'The name of an audience (a saved group of devices).',
  export_configuration_id: 'The id of an export configuration (a UUID).',
  symbol_id: 'The id of a symbol (for example a dSYM UUID).',
  symbol_upload_id: 'The id of a symbol upload, from the call that began it.',
  user_name: 'A user’s unique name, as shown in their profile.',
  invitation_token: 'The token from the invitation email.',
  // Paging, sorting and filtering
  top: 'How many items to return at most.',
  $inlinecount:
    '`allpages` adds the total number of items across every page to the answer; `none` (the default) leaves it out.',
  $skiptoken:
    'Where the next page starts. Take it from the `nextLink` of the previous answer; leave it out for the first page.',
  continuation_token:
    'Where the next page starts, as handed back by the previous answer. Leave it out for the first page.',
  filter:
    'An OData filter expression that narrows the results, for example on a field’s value.',
  $filter:
    'An OData filter expression that narrows the results, for example on a field’s value.',
  q: 'Free text to look for in the reports.',
  query: 'Text that narrows the list to matching items.',
  order: 'Sort direction: `desc` (the default) or `asc`.',
  sort: 'Which field to sort by.',
  status:
    'Which uploads to list by their progress: `all`, `uploaded` or `processed`.',
  form: '`lite` for fewer fields per item, `full` for all of them.',
  // Apps, people and organizations
  orgName:
    'The organization’s `name`, as in its URL. Same as `org_name` elsewhere.',
  destination_owner_name:
    'The user or organization that should own the app afterwards, by its `name`.',
  email:
    'An email address: of the invited person for invitation calls, of the account for a deletion request.',
  user_id: 'The user’s id (a UUID), not their user name.',
  azure_subscription_id: 'The Azure subscription’s id (a UUID).',
  token:
    'The request’s `token` (a UUID), as returned when the request was made.',
  // Analytics and Diagnostics
  app_build:
    'An app build number, as the device reports it (`CFBundleVersion` on iOS, `versionCode` on Android).',
  interval:
    'How long each point of the series covers, as an ISO 8601 duration: `P1D` (a day), `P1W` (a week) or `P30D` (30 days).',
  property_name:
    'The name of a device property, from the device properties list.',
  contains: 'Only values that include this text.',
  event_property_name:
    'The name of a property the app attached to the event, from the event’s properties list.',
  include_disabled: 'Set to `true` to list disabled audiences too.',
  install_id:
    'The install id the App Center SDK gave the app on one device (a UUID). It changes when the app is reinstalled.',
  errorType:
    'Which reports to count: `unhandledError` (crashes), `handledError` (errors the app caught and reported) or, where offered, `all`.',
  groupState: 'Only groups in this state: `open`, `closed` or `ignored`.',
  os: 'An operating system. For a project scan, the OS to look for projects of; for reports, only those from this OS.',
  model: 'Only reports from this device model.',
  date: 'When the report happened (ISO 8601); it narrows the search for its session.',
  format: 'The file format of the report: `json` or `txt`.',
  attachmentId: 'The attachment’s id, from the report’s attachment list.',
  attachment_id: 'The attachment’s id, from the crash’s attachment list.',
  symbol_group_id:
    'The id of a group of crashes waiting for symbols, from the missing symbols list.',
  symbol_type:
    'Only symbols of this kind, such as `Apple` (dSYM) or `AndroidProguard`.',
  app_version: 'Only crashes from this app version.',
  group_type: 'Which kind of crash group to list.',
  group_status: 'Only groups in this state: `open`, `closed` or `ignored`.',
  group_text_search:
    'Free text to look for in the crashes, their stack traces and users.',
  last_occurrence_from:
    'Only groups last seen at or after this moment (ISO 8601).',
  last_occurrence_to:
    'Only groups last seen at or before this moment (ISO 8601).',
  date_from: 'Only crashes at or after this moment (ISO 8601).',
  date_to: 'Only crashes at or before this moment (ISO 8601).',
  error_type:
    'Crashes (`CrashingErrors`) or errors the app caught (`HandledErrors`).',
  include_report: 'Set to `true` to add the raw crash report to the answer.',
  include_log: 'Set to `true` to add the log the app attached to the crash.',
  include_details: 'Set to `true` to add the crash’s full details.',
  include_stacktrace: 'Set to `true` to add the stack trace.',
  grouping_only:
    'Set to `true` for only the thread and exception that matter, without the other threads.',
  retention_delete:
    'Set to `true` to skip updating the crash counts after the deletion.',
  // Distribute
  group_id: 'The distribution group’s `id` (a UUID).',
  tester_id:
    'The tester’s `id` (a UUID), as listed among a release’s destinations.',
  store_id: 'The store connection’s `id`, as listed by the stores call.',
  published_only:
    'Set to `true` to skip releases nobody was ever given, keeping only those sent to a group, tester or store.',
  scope:
    '`tester` limits the list to releases sent to groups you are in, as a tester would see it.',
  udid: 'An iOS device’s UDID. When given, the answer also says whether that device is in the release’s provisioning profile; other platforms ignore it.',
  udids:
    'Only these devices’ UDIDs in the file. Repeat it or separate values with commas.',
  unprovisioned_only:
    'Set to `true` to leave out devices already in the provisioning profile.',
  exclude_pending_invitations:
    'Set to `true` to leave out people who were invited but have not signed up yet.',
  device_udid: 'The device’s UDID, as listed with your devices.',
  resign_id: 'The id of the re-signing job, from the call that started it.',
  include_provisioning_profile:
    'Set to `true` to get the updated provisioning profile along with the status.',
  app_secret:
    'The app’s App Secret (a GUID, as in the SDK’s setup code). It identifies the app here; it is not a credential for the API.',
  release_hash:
    'The hash of the installed release’s file, or `latest` for the newest release.',
  apps_limit: 'How many apps to include per group at most.',
  // Build
  download_type:
    'What to download: `build` (the app binary), `logs`, `symbols`, `mapping` or `bundle`.',
  hashes: 'The commit SHAs to look up, separated by commas.',
  platform:
    'The app platform to look for, such as `React-Native` or `Xamarin`.',
  maxSearchDepth: 'How many folder levels deep to look for projects (1 to 10).',
  tools: 'Only this toolset: `xamarin`, `xcode` or `node`.',
  includeInactive:
    'Set to `true` to also get past connections when no repository is connected now.',
  source_host:
    'Where the code lives: `github`, `bitbucket`, `vsts` (Azure DevOps) or `gitlab`.',
  vstsAccountName:
    'Only repositories of this Azure DevOps organization. Send `vstsProjectId` with it.',
  vstsProjectId:
    'Only repositories of this Azure DevOps project. Send `vstsAccountName` with it.',
  service_connection_id:
    'The saved service connection to sign in with; needed for self-hosted GitLab.',
  // CodePush
  promote_deployment_name:
    'The deployment to copy the release to, such as `Production`.',
  release_label: 'The release’s label, such as `v3`.',
  deploymentKey: 'The deployment key the app was built with.',
  appVersion: 'The app’s store version on the device, such as `1.2.0`.',
  packageHash: 'The hash of the CodePush update the device runs now, if any.',
  label: 'The label of the CodePush update the device runs now, such as `v2`.',
  clientUniqueId: 'An id of the device, the same on every check.',
  isCompanion:
    'Whether the asking app is a companion app that may take updates for any version.',
  // Test
  id: 'The device set’s id (a UUID), as listed by the device sets call.',
  test_series_slug:
    'The test series’ `slug`, as listed by the test series call.',
  app_upload_id: 'The id of an app upload for tests (a UUID).',
  // Push
  notification_id: 'The notification’s id, as returned when it was sent.',
  include_archived: 'Set to `true` to list archived notifications too.',
  export_id: 'The export’s id, as returned when it was started.',
  // Data and Auth (retired)
  'AC-Authorization-ARM':
    'An Azure Resource Manager access token for your Azure subscription.',
  'AC-Authorization-AAD-Graph':
    'A Microsoft Graph access token for the Auth tenant.',
  accountName:
    'A Cosmos DB account name: 3 to 31 lowercase letters, digits or hyphens.',
  searchTerm: 'Only users matching this text; leave it out for all.',
  // Billing
  service: 'Only this paid service: `Build` or `Test`.',
  period: 'Which billing period: `Previous`, `Current` or `Next`.',
  showOriginalPlans:
    'Set to `true` to see the original plans when no Azure subscription is billed.',
}
