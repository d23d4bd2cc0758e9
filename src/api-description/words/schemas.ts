/**
 * Our description of each component schema generated from the reference,
 * keyed by its name (after any renaming, see renameSchema in
 * build-description.ts). One sentence, two at most: what the object is and
 * where a newcomer meets it. The hand-written schemas (Error, App, TokenScope
 * and friends) are described in hand-written.yaml instead. A test checks that
 * every schema of the bundled description has a description.
 */
export const SCHEMAS: Readonly<Record<string, string>> = {
  // Account, apps and organizations
  AppResponse:
    'An app as App Center shows it: its names, operating system, platform, owner and your permissions on it.',
  AppWithTeamPermissionsResponse:
    'An app as a team sees it: the app itself plus the permissions the team holds on it.',
  AppAddRequest: 'Names an app (by its `name`) to add, for example to a team.',
  AppDeleteRequest: 'Names an app (by its `name`) to remove.',
  AppName: 'Just an app’s `name`, the short one used in URLs.',
  AppInvitationDetailResponse:
    'A pending invitation to an app: who sent it, to which email, as developer or tester, and with which permissions.',
  AzureSubscriptionAddToAppRequest:
    'Links an Azure subscription, named by its `subscription_id`, to an app.',
  AzureSubscriptionResponse:
    'An Azure subscription known to App Center, with its tenant and whether it pays for App Center services.',
  AdministeredOrgsResponse: 'The organizations you administer, one entry each.',
  OrganizationRequest:
    'What to send to create an organization: a `display_name`, a URL `name`, or both.',
  OrganizationPatchRequest:
    'The fields of an organization you may change: its `display_name` and its URL `name`.',
  OrganizationResponse:
    'An organization: its id, URL `name`, display name, avatar and where it came from (App Center or HockeyApp).',
  OrganizationUserResponse:
    'A member of an organization, with their role and when they joined.',
  OrganizationUserPatchRequest:
    'Sets a member’s role in an organization: `admin`, `collaborator` or `member`.',
  OrganizationAadGroupPatchRequest:
    'Sets the role an Azure Active Directory group holds in an organization.',
  OrganizationInvitationSimpleDetailResponse:
    'A pending invitation to an organization: the invited email and the role on offer.',
  AddUserAsRoleRequest:
    'The role to give someone in an organization: `admin`, `collaborator` or `member`.',
  UserEmailRequest: 'Names a person by their `user_email`.',
  UserEmailOrgRoleRequest:
    'Invites a person by email into an organization with the given role.',
  UserProfileResponse:
    'A person as seen from an app: their profile plus the permissions they hold on the app.',
  UserAppPermissionsUpdateRequest:
    'The new permissions for a person on an app: any of `manager`, `developer` and `viewer`.',
  UserInvitationPermissionsUpdateRequest:
    'The permissions a pending invitation to an app will grant once accepted.',
  TeamRequest:
    'What to send to create a team in an organization: its display name, and optionally a URL `name` and a description.',
  TeamResponse:
    'A team of an organization: its id, URL `name`, display name and description.',
  TeamUpdateRequest: 'Renames a team by giving it a new `display_name`.',
  TeamUserResponse:
    'A member of a team and their role in it (`maintainer` or `collaborator`).',
  TeamAppResponse:
    'A team that has access to an app, with the permissions it holds there.',
  TeamAppUpdateRequest:
    'The new permissions a team holds on an app: any of `manager`, `developer` and `viewer`.',
  GDPRInvitationDetailResponse:
    'An invitation you sent, as exported with your personal data: the organization or app it was for.',
  OptimizelyUserMetaDataResponse:
    'Free-form metadata about a user, for App Center’s Optimizely experiments.',
  ResendVerificationRequest:
    'Names, by `name`, whom to send a verification email again.',
  SharedConnectionResponse:
    'A saved connection to an outside service (Apple, Google Play, Jira, GitLab) that builds and stores reuse, without its secrets.',
  AggregatedBillingInformation:
    'What an account pays for and uses of the Build and Test services, and the Azure subscription that is billed.',
  AllAccountsAggregatedBillingInformation:
    'Billing plans and usage for every account you can see, one entry each.',

  // Distribute
  BasicReleaseDetailsResponse:
    'A release in a list: its id, versions, upload time, whether it is enabled and where it was distributed.',
  ReleaseDetailsResponse:
    'Everything about one release: versions, size, minimum OS, release notes, signing profile, download and install links, and its destinations.',
  ReleaseDetailsUpdateRequest:
    'Changes to a release’s details: enable or disable it, edit its notes or record the commit it was built from.',
  ReleaseDetailsUpdateResponse:
    'The release notes as they are after the change.',
  ReleaseUpdateRequest:
    'Distributes a release or changes it: destinations (groups, testers, stores), release notes, whether the update is mandatory and whether to notify testers.',
  ReleaseUpdateResponse:
    'A release after an update: enabled or not, its notes, mandatory flag and destinations.',
  ReleaseDestinationRequest:
    'Adds a distribution group (by `id`) as a destination of a release, optionally as a mandatory update.',
  ReleaseDestinationResponse:
    'A destination just added to a release, with a link to follow its provisioning for iOS.',
  ReleaseStoreDestinationRequest:
    'Adds a store connection (by `id`) as a destination of a release.',
  ReleaseStoreDestinationResponse:
    'The store destination just added, by its `id`.',
  ReleaseTesterDestinationRequest:
    'Sends a release to one tester by email, optionally as a mandatory update.',
  ReleasePublishErrorResponse:
    'Why publishing a release to a store failed, and whether a log is available.',
  ReleaseRealTimeStatusResponse:
    'Where a release stands with a store right now: status, store type, track and version.',
  ProvisioningProfileResponse:
    'The iOS provisioning profile a release was signed with: its name, type, team, bundle id and the device UDIDs it allows.',
  DistributionGroupRequest:
    'What to send to create a distribution group: its `name` and, if you like, a display name.',
  DistributionGroupPatchRequest:
    'Changes to a distribution group: rename it or make it public (anyone with the link may install).',
  DistributionGroupResponse:
    'A distribution group: a named set of testers that releases are sent to. Public groups need no sign-in to install.',
  OrgDistributionGroupDetailsResponse:
    'A distribution group shared by an organization, with how many apps and people it covers.',
  OrgDistributionGroupAppResponse:
    'An app that an organization’s distribution group can receive releases of.',
  DistributionGroupAppAddRequest:
    'The apps (by `name`) to add to an organization’s distribution group.',
  DistributionGroupAppsDeleteRequest:
    'The apps (by `name`) to take out of an organization’s distribution group.',
  DistributionGroupUserRequest:
    'The email addresses of the people to add to or remove from a distribution group.',
  DistributionGroupUserGetResponse:
    'A member of a distribution group, and whether their invitation is still pending.',
  DistributionGroupUserPostResponse:
    'The outcome of adding one email address to a distribution group.',
  DistributionGroupUserDeleteResponse:
    'The outcome of removing one email address from a distribution group.',
  DistributionGroupTesterGetResponse:
    'A tester in any of an organization’s distribution groups.',
  DistributionGroupRelease:
    'A release sent to a distribution group, with its versions and whether the update is mandatory.',
  DistributionGroupReleasesResponse:
    'The releases sent to one distribution group.',
  TesterAppWithReleaseResponse:
    'An app you may test, with a release of it that is available to you.',
  ExternalStoreRequest:
    'What to send to connect a store to an app: Google Play, Intune or Apple, its track, and the saved connection holding the credentials.',
  ExternalStoreResponse:
    'A store connection of an app: the store type, the track releases go to and who set it up.',
  StorePatchRequest:
    'Points a store connection at a different saved service connection.',
  StoreNotification:
    'A warning about a store connection, for example credentials that expire, and until when it holds.',
  StoresBasicReleaseDetails:
    'A release published to a store, as listed: versions, upload time and the stores it went to.',
  StoresReleaseDetails:
    'One release published to a store, with its size, minimum OS, notes and download link.',
  DeviceInfoRequest:
    'The details of an iOS device to register for a user: its UDID, model and OS.',
  DeviceInfoResponse:
    'A registered iOS device: UDID, model, name, OS and when it was registered.',
  ResignStatus:
    'How re-signing a release for newly registered devices went, with an error code if it failed.',
  UpdateResignStatusRequest:
    'Reports how re-signing a release for new devices went.',
  AppleMappingRequest:
    'Links an App Center app to an app in App Store Connect, through a saved Apple connection.',
  AppleMappingResponse:
    'The App Store Connect app an App Center app is linked to.',
  AppleTestFlightGroupsResponse:
    'A TestFlight group of the linked App Store Connect app.',

  // Build
  Build:
    'One build: its number, when it was queued, started and finished, its status and result, and the branch and commit it built.',
  Builds: 'The builds of a branch.',
  BuildParams:
    'What to send to start a build: optionally the commit to build and whether to make a debug build.',
  BuildPatch: 'Cancels a running build: send `status: cancelling`.',
  BuildLog: 'A build’s log, one line per entry.',
  BuildServiceStatus:
    'A warning about what a build service depends on, for example a certificate that expires, with a link to fix it.',
  BranchStatus:
    'A branch of the connected repository: whether builds are configured for it, and its latest build.',
  BranchStatusCollection:
    'The branches of the connected repository, each with its latest build.',
  BranchConfiguration:
    'How a branch builds: when builds start, whether to sign and test, the badge, and the toolset settings for Xcode, JavaScript, Xamarin or Android.',
  BranchConfigurationWithId:
    'A branch’s build configuration, with the id App Center gave it.',
  DistributionRequest:
    'Distributes a finished build to groups or stores, with release notes and whether to notify testers.',
  DistributionResponse:
    'The state of a build’s distribution and its upload id.',
  DownloadContainer:
    'A link to download one of a build’s outputs: the app, its symbols, logs, mapping or bundle.',
  RepoConfig:
    'The repository an app builds from, and the service connection used to reach it.',
  RepoConfigs: 'The repository connections of an app.',
  RepoConfigPostRequest:
    'Connects an app to a repository by its clone URL, through a service connection.',
  SourceRepository:
    'A repository you can connect to, with its name and clone URL.',
  SourceRepositories: 'The repositories you can connect an app to.',
  CommitDetails:
    'A commit of the connected repository: its SHA, URL and details.',
  CommitDetailsList: 'The details of the commits asked for.',
  ToolsetProjects:
    'The projects App Center found in a branch, per toolset: Xcode schemes, package.json files, Xamarin solutions, Android modules and build scripts.',
  Toolsets: 'The versions of Xamarin, Xcode and Node.js that builds can use.',
  XcodeVersion:
    'An Xcode version builds can use, and whether it is the default.',
  XcodeVersions: 'The Xcode versions builds can use.',
  NodeVersion:
    'A Node.js version builds can use, and whether it is the default.',
  NodeVersions: 'The Node.js versions builds can use.',
  XamarinSDKBundle:
    'A Xamarin SDK bundle builds can use, with its Mono version and the Xcode versions it works with.',
  XamarinSDKBundles: 'The Xamarin SDK bundles builds can use.',
  Failure: 'A call that did not succeed, with a message saying why.',
  SuccessResponse: 'A call that succeeded, with a message saying so.',
  FileAsset:
    'Where and how to upload a file: its id, upload location and token.',

  // CodePush
  Deployment:
    'A CodePush deployment: its name, the key the app’s SDK uses, and its latest release.',
  DeploymentModification: 'Renames a CodePush deployment.',
  CodePushRelease:
    'A CodePush release: its label (like `v5`), the app versions it targets, rollout percentage, whether it is mandatory or disabled, its package hash and size.',
  CodePushReleaseModification:
    'Changes to a CodePush release: target versions, description, rollout, and whether it is mandatory or disabled.',
  CodePushReleasePromote:
    'Copies a release to another deployment, optionally with changed settings or a specific `label`.',
  CodePushReleaseLabel:
    'Names a CodePush release by its `label`, such as `v3`.',
  CodePushReleaseMetric:
    'How one CodePush release is doing: active devices, downloads, installs and failures.',
  CodePushReleaseUpload:
    'Where to upload a CodePush update bundle: the upload id, domain and token.',
  CodePushUploadedRelease:
    'Turns an uploaded bundle into a release on a deployment, with its target app version, description, rollout and flags.',
  LegacyCodePushStatusMetricMetadata:
    'What the CodePush SDK reports after downloading or installing an update.',
  LegacyUpdateCheckResponse:
    'The answer to the CodePush SDK’s update check: whether an update is available and where to download it.',

  // Diagnostics: crashes
  Crash:
    'One crash report: when and where it happened (app version, device, OS) and its stack trace.',
  CrashGroup:
    'A group of identical crashes: how often they occurred, how many users they hit, the frame they point at and their status.',
  CrashGroupsContainer:
    'A page of crash groups; pass `continuation_token` to get the next one.',
  CrashGroupChange:
    'Changes to a crash group: its status (`open`, `closed`, `ignored`) or annotation.',
  CrashAttachment:
    'A file attached to a crash report, with its type, name and size.',
  CrashAttachmentLocation: 'A link to download a crash attachment.',
  CrashRawLocation: 'A link to download a raw crash report.',
  RawCrashLog: 'A crash report exactly as the SDK sent it.',
  NativeCrashLog: 'A native crash report, as text.',
  CrashDeleteCounter:
    'What deleting a crash removed: crashes, attachments and stored files.',
  AppCrashesInfo:
    'Whether an app has any crashes, and which crash features it may use.',
  AppVersion:
    'An app version that sent crashes, with its display name and build number.',
  Stacktrace:
    'The stack trace of a crash: its title, reason, the exception and every thread.',
  Thread:
    'One thread of a crash, with its frames and whether it is the one that crashed.',
  Exception: 'The exception behind a crash, with its type, reason and frames.',
  StackFrame:
    'One line of a stack trace: the method, file and line, and whether it is the app’s own code.',
  CrashCounts: 'How many crashes occurred, in total and over time.',
  CrashFreeDevicePercentages:
    'The share of devices that did not crash, on average and per day.',
  CrashGroupContainer: 'The crash groups to count, by id and app version.',
  CrashesOverall: 'Crash and device counts for each crash group asked for.',
  CrashOverall: 'How many crashes a group has, and on how many devices.',
  CrashGroupModels: 'How a crash group’s crashes split across device models.',
  CrashGroupOperatingSystems:
    'How a crash group’s crashes split across operating system versions.',
  v2MissingSymbolCrashGroupsResponse:
    'The crash groups that cannot be symbolicated because symbols are missing, and how many crashes they hold.',
  v2MissingSymbolCrashGroupsInfoResponse:
    'How many crashes wait for missing symbols.',
  Symbol:
    'An uploaded symbol file (dSYM, source map, Breakpad or ProGuard mapping) and the app version it belongs to.',
  Symbols: 'The symbols of an app.',
  SymbolStatusResponse:
    'Whether a symbol is available, ignored or still missing.',
  SymbolLocation: 'A link to download a symbol file.',
  SymbolUpload:
    'One symbol upload: who sent it, its type, its status from `created` to `indexed`, and the symbols it contained.',
  SymbolUploads: 'The symbol uploads of an app.',
  SymbolUploadBeginRequest:
    'Starts a symbol upload: its type and file name, and for some types the app version and build.',
  SymbolUploadBeginResponse:
    'Where to upload the symbol file and until when the link works.',
  SymbolUploadEndRequest:
    'Finishes a symbol upload: `committed` to process it, `aborted` to drop it.',
  SymbolUploadLocation: 'A link to download an uploaded symbol file.',
  ReleaseUploadEndRequest:
    'Finishes an upload: `committed` to keep it, `aborted` to drop it.',
  RetentionSettings:
    'How many days an app’s diagnostics data is kept: 28 or 90.',
  BugTrackerIssueResult:
    'The issue a crash group is linked to in a bug tracker (GitHub, Azure DevOps or Jira).',

  // Diagnostics: errors
  DiagnosticsStackTrace:
    'The stack trace of a handled error: its title, reason, the exception and every thread.',
  DiagnosticsThread:
    'One thread of a handled error, with its frames and whether it is the one that failed.',
  DiagnosticsException:
    'The exception behind a handled error, with its type, reason and frames.',
  ErrorGroup:
    'A group of identical handled errors: how often they occur, on which versions, and their status.',
  ErrorGroups: 'A page of error groups; follow `nextLink` for more.',
  ErrorGroupsSearchResult:
    'Error groups that match a search, and whether there are more.',
  ErrorGroupState:
    'Changes to an error group: its state (`open`, `closed`, `ignored`) or annotation.',
  HandledErrors: 'A page of errors in one group; follow `nextLink` for more.',
  HandledErrorDetails:
    'One handled error report in detail: device, OS, country, language, user and whether it has breadcrumbs or attachments.',
  ErrorsSearchResult: 'Errors that match a search, and whether there are more.',
  ErrorAttachment:
    'A file attached to an error report, with its type, name and size.',
  ErrorAttachments: 'The files attached to one error report.',
  ErrorAttachmentLocation: 'A link to download an error attachment.',
  ErrorAttachmentText: 'The content of a text attachment.',
  ErrorLocation: 'A link to download an error report.',
  ErrorDownload: 'An error report as a file.',
  ErrorDeleteCounter:
    'What deleting an error removed: errors, attachments and stored files.',
  ErrorCounts: 'How many errors occurred, in total and over time.',
  ErrorDateTimeCounts: 'A count for one moment in time.',
  ErrorFreeDevicePercentages:
    'The share of devices without errors, on average and per day.',
  ErrorGroupModels: 'How an error group’s errors split across device models.',
  ErrorGroupOperatingSystems:
    'How an error group’s errors split across operating system versions.',
  ErrorAppBuilds: 'The app builds that reported errors.',
  ErrorRetentionSettings: 'How many days error data is kept: 28 or 90.',
  AvailableVersions: 'The app versions that sent data, and how many there are.',
  AvailableVersions_Diagnostics:
    'The app versions that sent diagnostics, and how many there are.',
  GenericLogContainer_Diagnostics:
    'The logs of the session an error happened in.',

  // Analytics
  ActiveDeviceCounts:
    'How many devices were active, counted per day, per week and per month.',
  AnalyticsModels:
    'The device models in use, with counts for this period and the previous one.',
  Languages:
    'The device languages in use, with counts for this period and the previous one.',
  OSes: 'The operating system versions in use, with counts now and before.',
  Places:
    'The countries or regions devices are in, with counts now and before.',
  Versions:
    'The app versions in use, with counts for this period and the previous one.',
  Versions_Diagnostics:
    'The app versions in use, with counts for this period and the previous one.',
  DateTimeCounts: 'A count for one moment in time.',
  SessionCounts: 'How many sessions there were at each moment.',
  SessionDurationsDistribution:
    'How long sessions last: counts per duration bucket and the average, now and before.',
  SessionsPerDevice:
    'How many sessions each device has, on average and over time, now and before.',
  Events:
    'The custom events sent by the app, each with how many devices sent it and how often.',
  EventCount: 'How often an event was sent, in total and over time.',
  EventCountPerDevice: 'How often each device sent an event, on average.',
  EventCountPerSession: 'How often an event was sent per session, on average.',
  EventDeviceCount: 'How many devices sent an event, out of all devices.',
  EventProperties: 'The property names an event was sent with.',
  EventPropertyValues:
    'The values of one event property, with how often each was sent.',
  GetReleasesContainer: 'The releases to count downloads of.',
  ReleaseCounts:
    'How many times releases were downloaded, by distribution group, in total and by unique devices.',
  Audience:
    'An audience: a saved group of devices described by a rule on their properties, with an estimated size.',
  AudienceDefinition:
    'What makes up an audience: the rule that picks devices, a description and the custom properties it uses.',
  AudienceListResult: 'A page of audiences; follow `nextLink` for more.',
  AudienceTestResult:
    'How many devices an audience rule would pick, before you save it.',
  AudienceDevicePropertiesListResult:
    'The device properties an audience rule can use, with their types.',
  AudienceDevicePropertyValuesListResult:
    'The values seen for one device property.',
  LogContainer:
    'The latest logs devices sent, for watching analytics arrive live.',
  LogFlowLogContainer:
    'The latest logs devices sent, for watching analytics arrive live.',
  GenericLogContainer:
    'The latest logs of any kind, such as events and sessions, as they arrive.',
  LogFlowGenericLogContainer:
    'The latest logs of any kind, such as events and sessions, as they arrive.',

  // Test
  DeviceConfiguration:
    'A device that tests can run on: its model, OS, tier and market share.',
  DeviceSetUpdate: 'A named set of devices to run tests on.',
  Subscription:
    'A Test subscription: its tier, when it starts and ends, and whether it is active.',
  TestReport:
    'The report of a test run: per-feature results, device counts, logs and any fatal errors.',
  TestSeriesName: 'Names a test series, a way to group test runs.',
  TestCloudStartTestRunResult:
    'Which devices accepted the test run and which rejected it.',
  TestCloudFileHashDeprecated:
    'A file of a test run by its checksum, so files already uploaded need not be sent again.',
  TestCloudFileHashResponse:
    'Whether a file of a test run still needs uploading, and where to.',
  TestGDPRAccount: 'A Test account, as exported with your personal data.',
  TestGDPRApp: 'An app’s Test data, as exported with your personal data.',
  TestGDPRFeatureFlag:
    'A Test feature flag, as exported with your personal data.',
  TestGDPRFileSetFile:
    'A file of a test run, as exported with your personal data.',
  TestGDPRHashFile:
    'An uploaded test file, as exported with your personal data.',
  TestGDPRPipelineTest: 'A pipeline test, as exported with your personal data.',
  TestGDPRResourceList:
    'Links to the Test data exported with your personal data.',
  TestGDPRTestRun: 'A test run, as exported with your personal data.',

  // Push
  NotificationConfig:
    'Push settings for one platform: Apple (APNs), Google (GCM) or Windows (WNS) credentials.',
  NotificationConfigResult: 'The kind of push settings in place for an app.',
  NotificationDefinition:
    'A push notification to send: who gets it (everyone, an audience, or chosen devices, users or accounts) and what it says, with custom data if you like.',
  NotificationSendSucceededResult: 'The id of the notification just sent.',
  NotificationDetailsResult:
    'A notification that was sent: its target, send time, state and how many deliveries worked or failed.',
  NotificationsListResult:
    'A page of sent notifications; follow `nextLink` for more.',
  NotificationIdList: 'The ids of the notifications to delete.',
  ExportConfig: 'Where to export push devices: a blob container SAS URL.',
  ExportStartedResult: 'The id of the export just started.',
  ExportStatusResult: 'How an export of push devices is going.',

  // Export
  ExportConfiguration:
    'Exports an app’s data (crashes, errors, attachments) to Azure Blob Storage or Application Insights.',
  ExportConfigurationResult:
    'An export configuration: where data goes, which data, its state and when it last ran.',
  ExportConfigurationListResult: 'The export configurations of an app.',

  // Data subject requests
  DataSubjectRightEmailRequest:
    'Names the person, by email, a data request is about.',
  DataSubjectRightResponse:
    'A data request just filed: the token to check its status with, and when it was made.',
  DataSubjectRightStatusResponse:
    'How a data request is going; when an export is ready, a link to download it.',

  // Alerting
  AlertingBugtracker:
    'The bug tracker (GitHub, Azure DevOps or Jira) an app sends issues to, and on which events.',
  AlertWebhookListResult:
    'The webhooks of an app and the events each fires on.',
  AlertUserEmailSettingsResult:
    'Which alert emails you get and how often (each one, a daily digest, or none), as your default for all apps.',
  AlertUserAppEmailSettingsResult:
    'Which alert emails you get for one app, and whether that app’s alerts are on for you.',

  // Data and Auth
  DataProvisioningParameters:
    'Where to set up an app’s data store: an Azure Cosmos DB account, database, collection and region.',
  ProvisionStatusResponse: 'How setting up an app’s data store is going.',

  // Parts that the schemas above are made of
  BasicAppResponse:
    'The basic facts of an app: id, names, operating system, release type, icon and owner.',
  Owner:
    'Who owns an app: a user or an organization, with its name and avatar.',
  UserNameUpdateRequest: 'A new `name` for a user.',
  AlertOperationResult: 'The id App Center gave the request.',
  AlertWebhook:
    'A webhook: a URL App Center calls when chosen events happen, such as a new crash group or a new release.',
  AlertingEventTypes:
    'An event that can raise an alert: a new crash group or a new app release.',
  EventSetting:
    'How often you get emails about one kind of event: each time, daily, both, not at all, or the default.',
  AppFeatures: 'Which crash features an app may use.',
  AttributesValues: 'Extra attributes of a billing plan, by name.',
  BillingInformationPlans:
    'The billing plans of the Build and Test services for an account.',
  BillingPeriod:
    'One billing period: when it starts and ends, and the plan the account has in it.',
  BillingPlan:
    'A billing plan of the Build or Test service: its price, how it is paid and its limits.',
  BillingPlanSelection: 'A billing plan and how many of it an account holds.',
  BillingResourceUsage:
    'How much of the Build and Test services an account has used.',
  ServiceBillingPlans:
    'One service’s billing: whether a trial can still be chosen and the current billing period.',
  ServiceResourceUsage: 'One service’s usage in the current period.',
  UsagePeriod: 'Usage over one period, for the whole account and per app.',
  MetricsValues: 'Numbers by metric name.',
  MetricsValuesByApp: 'Numbers by metric name, for each app.',
  Branch: 'A branch of a repository and its latest commit.',
  BranchProperties: 'A branch and whether builds are switched on for it.',
  Commit: 'A commit, by its SHA and URL.',
  BuildInfo:
    'The branch and commit a release was built from, with the commit message.',
  BuildScripts:
    'Build scripts found in the repository, each with its name and path.',
  BuildConfiguration:
    'An Android build configuration and whether it signs with a keystore.',
  SigningConfig: 'Whether an Android build configuration has a keystore file.',
  AndroidBranchConfigurationProperties:
    'Android build settings for a branch: Gradle module and variant, tests, lint and signing with a keystore.',
  AndroidModule:
    'An Android module found in the repository, with its flavors, build types and variants.',
  AndroidProject:
    'The Android modules found in a branch and where the Gradle wrapper is.',
  JavaScriptBranchConfigurationProperties:
    'JavaScript build settings for a branch: which package.json, whether to run tests and the React Native version.',
  JavaScriptSolution:
    'A package.json found in the repository and the React Native version it uses.',
  JavaScriptToolset: 'The JavaScript projects found in a branch.',
  XamarinBranchConfigurationProperties:
    'Xamarin build settings for a branch: solution, configuration, SDK bundle and signing files.',
  XamarinSolution:
    'A Xamarin solution found in the repository, with its configurations.',
  XamarinToolset: 'The Xamarin solutions found in a branch.',
  XcodeBranchConfigurationProperties:
    'Xcode build settings for a branch: project or workspace, scheme, Xcode version, CocoaPods or Carthage, and signing files.',
  XcodeScheme:
    'A shared Xcode scheme: whether it has a test action and how it archives.',
  XcodeSchemeContainer:
    'An Xcode project or workspace found in the repository, with its shared schemes and app extensions.',
  XcodeToolset: 'The Xcode projects and workspaces found in a branch.',
  XcodeArchiveProject: 'The Xcode project and target a scheme archives.',
  IosAppExtensionInfo:
    'An iOS app extension and the bundle id it is built for.',
  ProvisioningProfileFile:
    'A provisioning profile uploaded for an app extension, and the bundle id it signs.',
  UWPSolution: 'A Windows (UWP) solution found in the repository.',
  UWPToolset: 'The Windows (UWP) solutions found in a branch.',
  TestCloudProject:
    'A test project found in the repository and its framework (Appium, Espresso, UITest and so on).',
  TestCloudToolset: 'The test projects found in a branch.',
  ToolsetProject: 'A project found in the repository, by name and path.',
  RepoConfigCommon:
    'The repository an app builds from and the service connection used to reach it.',
  CodePushReleaseInfo:
    'The settings of a CodePush release you can change: target app versions, description, rollout, mandatory and disabled.',
  LegacyCodePushReleaseInfo:
    'The settings of a CodePush release as the older SDKs see them.',
  LegacyUpdateInfoData:
    'An available CodePush update as the older SDKs see it: where to download it, its size and label.',
  PackageHashToBlobInfoMap:
    'Diff packages of a CodePush release, keyed by the package hash they update from.',
  BlobInfo: 'A stored file: its size and URL.',
  CrashGroupAndVersion: 'A crash group together with an app version.',
  CrashGroupModel: 'How many crashes of a group came from one device model.',
  CrashGroupOperatingSystem:
    'How many crashes of a group came from one operating system version.',
  CrashGroupStatusEnum:
    'The status of a crash group: `open`, `closed` or `ignored`.',
  ReasonStackFrame:
    'The stack frame that a crash group points at as the cause.',
  HandledErrorReasonFrame:
    'The stack frame that an error group points at as the cause.',
  HandledError:
    'One handled error report: when it happened, on which device and OS, and for which user.',
  ErrorGroupListItem: 'An error group as listed.',
  ErrorGroupModel: 'How many errors of a group came from one device model.',
  ErrorGroupOperatingSystem:
    'How many errors of a group came from one operating system version.',
  ErrorDateTimePercentages: 'A percentage for one moment in time.',
  DateTimePercentages: 'A percentage for one moment in time.',
  DateTimeDecimalCounts:
    'A count, possibly fractional, for one moment in time.',
  v2MissingSymbol:
    'A symbol that crashes need, and whether it is still missing, ignored or now available.',
  v2MissingSymbols: 'Symbols that crashes need.',
  v2MissingSymbolCrashGroup:
    'Crashes waiting for the same missing symbols, for one app version and build.',
  v2MissingSymbolCrashGroups: 'Groups of crashes waiting for missing symbols.',
  SymbolUploadUserInfo: 'Who uploaded a symbol file.',
  UploadedSymbolInfo: 'A symbol found in an upload, with its platform.',
  Device:
    'The device and SDK a log came from: model, OS, locale, carrier, screen and app version.',
  Device_Diagnostics:
    'The device and SDK a diagnostics log came from: model, OS, locale, carrier, screen and app version.',
  LogFlowDevice:
    'The device and SDK a live log came from: model, OS, locale, carrier, screen and app version.',
  Log: 'A log that a device sent: its kind, when, and from which installation and device.',
  Log_Diagnostics:
    'A log that a device sent: its kind, when, and from which installation and device.',
  LogFlowLog:
    'A live log that a device sent: its kind, when, and from which installation and device.',
  GenericLog:
    'A log of any kind (event, page, session start, error and so on) with its session, event name and properties.',
  GenericLog_Diagnostics:
    'A log of any kind leading up to an error, with its session, event name and properties.',
  LogFlowGenericLog:
    'A live log of any kind, with its session, event name and properties.',
  Event:
    'One custom event: how many devices sent it and how often, now and before.',
  EventPropertyValue:
    'One value of an event property and how often it was sent, now and before.',
  Language: 'One device language and how many devices use it, now and before.',
  Model:
    'One device model and how many devices are that model, now and before.',
  OS: 'One operating system version and how many devices run it, now and before.',
  Place:
    'One country or region and how many devices are there, now and before.',
  Version: 'One app version and how many devices run it, now and before.',
  Version_Diagnostics:
    'One app version and how many devices run it, now and before.',
  Release: 'A release, by its id.',
  ReleaseWithDistributionGroup:
    'A release, optionally within one distribution group.',
  ReleaseCount:
    'Download counts of one release in one distribution group, in total and by unique devices.',
  AudienceSummary:
    'An audience in a list: its rule, estimated size and whether it is ready.',
  Destination:
    'Somewhere a release went: a distribution group, a tester or a store, and whether it holds the latest release there.',
  DestinationDetails:
    'Where to distribute: a store, a group or a tester, by id.',
  DestinationId: 'A destination, by name or id.',
  DistributionGroup:
    'A distribution group that got a release, and whether that release is its latest.',
  DistributionGroupWithoutIsLatest: 'A distribution group, by id and name.',
  DistributionStore:
    'A store that got a release, and whether that release is its latest.',
  DistributionStoreWithoutIsLatest:
    'A store connection a release went to, with its publishing status.',
  StoresBasicDetails:
    'A store connection a release went to (Google Play or Intune), with its publishing status.',
  StoresDetails:
    'A store a release went to, its publishing status and whether that release is its latest.',
  StatusData:
    'A release’s status in a store, with the store type, track and version.',
  ReleaseMetadata:
    'Signatures of a release’s file (DSA and EdDSA), as update frameworks such as Sparkle check them.',
  TesterAppRelease:
    'A release available to a tester, with its size, install link and notes.',
  IntuneStoreRequest:
    'What connecting Microsoft Intune needs: credentials, the target audience, the app category and the tenant.',
  IntuneStoreResponse: 'The Intune target audience and app category in use.',
  IntuneSecretDetails: 'The tokens App Center uses to reach Microsoft Intune.',
  SecretDetails: 'The tokens App Center uses to reach a store on your behalf.',
  IntuneTargetAudience: 'An Intune group to publish to, by name.',
  IntuneTargetAudienceResponse: 'An Intune group, by name and id.',
  IntuneAppCategory: 'An Intune app category, by name.',
  IntuneAppCategoryResponse: 'An Intune app category, by name and id.',
  DeviceCpu: 'A test device’s processor.',
  DeviceDimensions: 'A test device’s physical size.',
  DeviceFrame: 'Images of a test device’s frame, in grid and full size.',
  DeviceFrameDefinition:
    'One image of a device frame, with where the screen sits in it.',
  DeviceMemory: 'A test device’s memory.',
  DeviceModel:
    'A device model that tests run on: maker, size, screen, processor, memory and release date.',
  DeviceResolution: 'A screen’s resolution and pixel density.',
  DeviceScreenSize: 'A screen’s diagonal, in centimetres and inches.',
  DeviceSetConfiguration: 'A device in a saved device set.',
  DeviceSetModel: 'A device model in a saved device set.',
  Tier: 'A Test subscription tier, by name.',
  TestRunStatistics:
    'Totals of a test run: devices, tests passed, failed and skipped, peak memory and device minutes.',
  TestRunSummary: 'A short summary of a test run and whether it has finished.',
  TestCloudHashUploadStatus:
    'Whether a file still needs uploading (by status code), and where to.',
  NotificationContent:
    'What a push notification says: a name for you, a title and body for the user, and custom data.',
  NotificationTarget:
    'Who gets a push notification: everyone, audiences, devices, user ids or account ids.',
  NotificationOverviewResult:
    'A sent push notification as listed: its target, send time, state and delivery counts.',
  NotificationFailureOutcomeCount:
    'How many deliveries of a notification failed for one reason.',
  OperationStatus:
    'Where a data request stands, from `Created` through `Queued` and `InProgress` to `Completed` or `Failed`.',
  export_entity:
    'Which data an export carries: crashes, errors, attachments, or no logs.',

  // Schemas that no operation sends or returns in exactly this shape: App
  // Center's own services, older API versions and building blocks. Swagger
  // UI lists them when it shows the whole description, as do other tools
  // that read the file.
  AADGroup:
    'An Azure Active Directory group, by its id, tenant and display name.',
  AADTenantAddRequest: 'Links an Azure Active Directory tenant to a user.',
  AADTenantResponse: 'An Azure Active Directory tenant, by id and name.',
  AADUser: 'An Azure Active Directory user, by object id and tenant.',
  AccessKey:
    'A CodePush access key: its name, who made it, when it expires and whether it belongs to a session.',
  AccessKeyListResponse: 'The CodePush access keys of an account.',
  AccountResponse:
    'An account, which is either a user or an organization, with its names and origin.',
  AcquisitionStatusSuccessResponse:
    'The answer to a CodePush SDK status report, with a code and message.',
  ActiveCrashingAppDetails:
    'Apps with crashes, by app, version and crash group; follow `nextLink` for more.',
  AddAADGroupResponse: 'The id of the Azure Active Directory group just added.',
  AddAppTesterRequest: 'Makes a user a tester of an app for one release.',
  AddAppTesterResponse: 'The user and release of a tester just added.',
  AddOrganizationAdminRequest:
    'Names, by id, the user to make an organization admin.',
  AgentQueueResponse: 'A build agent queue, by id and name.',
  AgentQueuesResponse: 'The build agent queues available.',
  AlertBugTrackerRepo:
    'A repository or project in a bug tracker that issues can be filed in.',
  AlertBugTrackerReposResult:
    'The repositories or projects of a bug tracker (GitHub, Azure DevOps or Jira).',
  AlertCrashGroupStateChange:
    'The new state of a crash group, as alerting sees it: `Open`, `Closed` or `Ignored`.',
  AlertEmailSettings:
    'Which alert emails you get, one setting per kind of event.',
  AlertWebhookPingResult:
    'What a webhook’s URL answered to a test call: its status code and reason.',
  AlertingAccessTokenResponse:
    'A saved sign-in to a bug tracker (GitHub, Azure DevOps or Jira), by its id and account.',
  AlertingCrashGroup:
    'A crash group as an alert describes it: the app, version, reason and stack trace.',
  AlertingError:
    'An error from the alerting service, with the request id, a code and a message.',
  AlertingEvent:
    'Something that happened and may raise alerts, with its time and id.',
  AlertingGithubBugtrackerSettings: 'Settings for filing issues in GitHub.',
  AlertingJiraBugtrackerSettings: 'Settings for filing issues in Jira.',
  AlertingVstsBugtrackerSettings:
    'Settings for filing work items in Azure DevOps (formerly VSTS).',
  AllItunesAppsResponse:
    'An app in App Store Connect, by Apple id, bundle id and name.',
  AnalyticsReleasesParameter:
    'A release, optionally with a distribution group and a user.',
  AnalyticsReleasesResponse: 'Releases, each with its group and user.',
  ApiTokenClaim:
    'One fact an API token carries about its user or app, such as the app’s name or OS.',
  ApiTokenDeleteResponse: 'The id and hash of an API token just deleted.',
  ApiTokenGetUserResponse:
    'Whose API token this is and what it may do (its scope).',
  ApiTokenResponse:
    'An API token as stored: its id, scope, description and when it was made.',
  ApiTokenResponsev2:
    'An API token as stored (version 2): its id, scope, description and when it was made.',
  ApiTokensCreateRequest:
    'What to send to create an API token: a description and a scope, `all` or `viewer`.',
  ApiTokensCreateResponse:
    'A new API token; `api_token` is its value, shown this once only.',
  ApiTokensGetResponse:
    'An API token as listed: its id, description, scope and creation time.',
  ApiTokensPostRequest: 'An API token to store, with its hash, type and scope.',
  AppBuildFeature: 'A build feature of an app, on or off.',
  AppBuildFeatures: 'The build features of an app.',
  AppDistributionGroupUsersRequest:
    'The users, by id, to add to an app’s distribution group.',
  AppGroupResponse:
    'An app in a distribution group, with its names, OS and platform.',
  AppId: 'An app, by its id.',
  AppIntegration: 'An outside service an app is connected to, and its state.',
  AppIntegrationResponse: 'The app an integration belongs to.',
  AppMembership:
    'Why a user may see an app: directly, or through an organization, team, distribution group or release.',
  AppMembershipsResponse: 'The memberships that give users access to an app.',
  AppMembershipsValidationResponse:
    'A consistency check of app memberships: ones that should not exist and ones that are missing.',
  AppPatchRequest:
    'The fields of an app you may change: names, description, release type and icon.',
  AppRepoPatchRequest: 'Changes to the repository an app builds from.',
  AppRepoPostRequest:
    'Connects an app to a repository on GitHub, Bitbucket, Azure DevOps or GitLab.',
  AppRepoResponse: 'The repository an app is connected to, and its provider.',
  AppRequest:
    'What to send to create an app: its names, operating system and platform.',
  AppResponseInternal:
    'An internal variant of an app, with its feature flags, repositories and your permissions.',
  AppUserPermissionResponse: 'A user’s permissions on an app.',
  AppleCertificateDetails:
    'An Apple signing certificate, base64-encoded, with its password.',
  AppleCertificateNonSecretDetails:
    'The public facts of an Apple certificate: its name and validity dates.',
  AppleCertificateNonSecretDetailsResponse:
    'A saved Apple certificate connection, without its secrets.',
  AppleCertificateSecretDetails:
    'An Apple certificate with its password, name and validity dates.',
  AppleCertificateSecretDetailsResponse:
    'A saved Apple certificate connection, with its secret details.',
  AppleCertificateSecretRequest: 'Saves an Apple certificate as a connection.',
  AppleConnectionNonSecretResponse:
    'A saved Apple connection, without its secrets.',
  AppleConnectionSecretRequest:
    'Saves an Apple connection: an Apple ID or a certificate.',
  AppleConnectionSecretResponse: 'A saved Apple connection.',
  AppleCredentialNonSecretDetailsResponse:
    'A saved Apple ID connection, without its password.',
  AppleCredentialsMultifactorSecretRequest:
    'Saves an Apple ID that uses two-factor authentication as a connection.',
  AppleCredentialsSecretRequest: 'Saves an Apple ID as a connection.',
  AppleLoginRequest: 'Signs in to Apple with an Apple ID, for a team.',
  AppleLoginResponse: 'Whether signing in to Apple worked.',
  AppleMultifactorLoginResponse:
    'A session with Apple after two-factor sign-in, and when it expires.',
  AppleMultifactorSecretDetails:
    'An Apple ID with two-factor authentication: the password, code and app-specific password.',
  AppleMutifactorLoginRequest:
    'Finishes a two-factor sign-in to Apple with the code Apple sent.',
  AppleNotificationEndpointType:
    'Which Apple push service to use: `production` or `sandbox`.',
  AppleSecretDetails: 'An Apple ID, its password and a two-factor code.',
  AppleSecretDetailsResponse: 'The Apple ID of a saved connection.',
  AppleTestFlightGroupRequest:
    'Asks for the TestFlight groups of an app, signing in with an Apple ID or a saved connection.',
  AppleTestFlightGroupResponse:
    'A TestFlight group, and whether it is internal or active.',
  ApplicationResponse: 'An identity provider application, by id and name.',
  ApplicationStatusRequest:
    'Asks App Store Connect about a build of an app, signing in with an Apple ID.',
  ApplicationStatusResponse:
    'The version of an app in App Store Connect and its kind.',
  ApplicationsResponse: 'Identity provider applications.',
  ArchIdentifier: 'A CPU architecture and the UUID of the binary built for it.',
  AudienceBlobResult: 'A link to stored audience data.',
  AudienceQueryDefinition:
    'Who a query picks: everyone, or listed user ids, account ids or installation ids.',
  AuthApplicationPatchRequest:
    'Changes the sign-in provider set up for an app (Azure AD B2C, Auth0, Firebase or Azure AD).',
  AuthApplicationResponse:
    'The sign-in provider set up for an app, with its tenant and scope.',
  AuthTenant: 'A sign-in tenant, by id and name.',
  AuthTenantsResponse: 'Sign-in tenants.',
  AutoProvisioningConfigRequest:
    'Whether App Center may register new iOS devices and re-sign releases by itself, with the Apple account and certificate to use.',
  AutoProvisioningConfigResponse:
    'The automatic provisioning settings of a distribution destination.',
  AvailabilityOfDevicesRequest:
    'Asks how many more devices an Apple developer account can register.',
  AvailabilityOfDevicesResponse:
    'How many iPhones, iPads, iPods and watches an Apple developer account has registered and may still add.',
  AvailableAppBuilds: 'The app builds that sent data.',
  AzureSubscriptionAddRequest:
    'Adds an Azure subscription to an account, and whether it pays for App Center.',
  AzureSubscriptionPatchRequest:
    'Chooses whether an Azure subscription pays for App Center.',
  AzureSubscriptionUpdateBillableRequest:
    'Marks whether an Azure subscription may be billed.',
  BillingError: 'An error from the billing service, with a code and message.',
  BillingInformationSearchResults: 'Accounts with their Build and Test plans.',
  BillingPlansChangeTypeResponse:
    'Whether a change of plan is an upgrade, a downgrade or no change.',
  BillingPlansSelection: 'The plans chosen for the Build and Test services.',
  BooleanProperty: 'A custom property with a true or false value.',
  BooleanProperty_Diagnostics: 'A custom property with a true or false value.',
  BranchConfigurationRevision:
    'One saved change of a branch’s build configuration: who made it and when.',
  BranchConfigurationRevisionAuthor: 'Who changed a build configuration.',
  BranchConfigurationRevisions:
    'The history of a branch’s build configuration.',
  BugTrackerIssuesResult: 'Issues filed in a bug tracker for crash groups.',
  BugTrackerStateResult:
    'Whether the bug tracker is enabled, disabled, or no longer authorized.',
  BugTrackerTokenId: 'The saved bug tracker sign-in to use, by id.',
  BuildAgentQueue: 'A build agent queue, by name.',
  BuildAgentQueueResponse: 'A build agent queue and its build definition.',
  BuildAgentQueuesResponse: 'Build agent queues.',
  BuildConcurrencyResponse:
    'How many builds may run at once: bought and committed.',
  BuildIssue: 'A warning or error a build reported.',
  BuildTimeline:
    'The steps of a build, each with its state, result, timing, errors and warnings.',
  BuildTimelineRecord:
    'One step of a build: its name, order, progress, state, result, timing, errors and warnings.',
  ClearProperty: 'Removes a custom property from a device.',
  ClearProperty_Diagnostics: 'Removes a custom property from a device.',
  ClientIdResponse: 'A client id.',
  CloseAccountOrganizationResponse:
    'An organization affected by closing an account, with how many collaborators it has.',
  CodePushStatusMetricMetadata:
    'What a CodePush SDK reports after downloading or installing an update, in snake_case.',
  CosmosDbCorsStatusResponse:
    'How allowing the app’s origins (CORS) on its Cosmos DB data store is going.',
  CrashGroupCarrier:
    'How many crashes of a group came from one mobile carrier.',
  CrashGroupCarriers:
    'How a crash group’s crashes split across mobile carriers.',
  CrashGroupLanguage:
    'How many crashes of a group came from one device language.',
  CrashGroupLanguages:
    'How a crash group’s crashes split across device languages.',
  CrashGroupPlace: 'How many crashes of a group came from one place.',
  CrashGroupPlaces: 'How a crash group’s crashes split across places.',
  CrashingAppDetail: 'An app version with a crash group.',
  CreateAccessKeyRequest:
    'What to send to create a CodePush access key: who makes it, a friendly name and how long it lives.',
  CreateAccessKeyResponse: 'The CodePush access key just created.',
  CreateGdprTestData: 'Test data for checking data subject requests.',
  CreateReleaseUploadResponse:
    'Where to upload a new release’s file: the upload id, domain and token.',
  CreateStoreSecretRequest:
    'Stores the tokens for a store connection, such as Intune, with its tenant.',
  CreateStoreSecretResponse: 'The id of the store secret just saved.',
  CustomProperty: 'A custom property of a device, by type and name.',
  CustomPropertyLog: 'A log that sets or clears custom properties of a device.',
  CustomPropertyLog_Diagnostics:
    'A log that sets or clears custom properties of a device.',
  CustomProperty_Diagnostics:
    'A custom property of a device, by type and name.',
  DailySession: 'How many sessions there were on one day.',
  DataDeletionRequest: 'Which kind of data to delete.',
  DataInstance: 'A data instance, by id and name.',
  DataInstancesResponse: 'Data instances.',
  DataResourceTokenResponse:
    'A token that opens one Cosmos DB collection of an app’s data, and whether it is read-only.',
  DataSubjectRighBlobContainerInfo:
    'Where the files of a data request are stored.',
  DataSubjectRightCustomerIdRequest:
    'Names whom a data request is about, by customer account id or user id.',
  DataSubjectRightOperation:
    'One step of a data request (delete, purge, undo and so on) and how it is going.',
  DataSubjectRightQueueInfo:
    'The queue data requests are posted to, and until when access to it lasts.',
  DataSubjectRightUpdateStatusOperation: 'Reports how a data request is going.',
  DatabaseCollection: 'A collection in an app’s data store, by id and name.',
  DatabaseCollectionsResponse: 'The collections in an app’s data store.',
  DatabaseMetrics:
    'How an app’s data store is used: requests, request units, data and index size, and latency.',
  DateTimeDownloadReleaseCount:
    'Downloads of a release at one moment, in total and by unique devices.',
  DateTimeDownloadReleaseCounts:
    'Downloads of a release over time, in total and by unique devices.',
  DateTimeProperty: 'A custom property whose value is a date and time.',
  DateTimeProperty_Diagnostics:
    'A custom property whose value is a date and time.',
  DeleteReleasesContainer: 'The releases to delete.',
  DeploymentInternal: 'An internal variant of a CodePush deployment.',
  DestinationError:
    'Why a release could not go to one destination, with its id and name.',
  DeviceAvailability:
    'How many devices of one kind are registered, how many may still be added, and the maximum.',
  DeviceConfigurationResponse: 'A link to download a device configuration.',
  DeviceRegistrationUrl: 'A link a tester opens to register their iOS device.',
  DiagnosticIdResponse: 'An id for a diagnostics request.',
  DiagnosticsStackFrame:
    'One line of an error’s stack trace: the method, file and line, and whether it is the app’s own code.',
  DistributionGroupAADGroupBase:
    'An Azure Active Directory group, by id and display name.',
  DistributionGroupAADGroupPostResponse:
    'An Azure Active Directory group just added to a distribution group.',
  DistributionGroupAADGroupRequest:
    'Azure Active Directory groups to add to a distribution group.',
  DistributionGroupAADGroupResponse:
    'An Azure Active Directory group in a distribution group.',
  DistributionGroupAADGroupsDeleteRequest:
    'The Azure Active Directory groups to take out of a distribution group.',
  DistributionGroupAadGroupsDeleteResponse:
    'The outcome of removing one Azure Active Directory group from a distribution group.',
  DistributionGroupDetailsResponse:
    'A distribution group in detail: whether it is shared, how many apps and users it has, and its members.',
  DistributionGroupIdRequest: 'A distribution group, by id.',
  DistributionGroupPrivateResponse: 'A distribution group with its group type.',
  DistributionGroupWithUsersResponse:
    'A distribution group with its members and Azure Active Directory groups.',
  DistributionGroupsUserVerifyRequest:
    'The distribution groups to check a user against.',
  DistributionSettingsResponse:
    'Whether new distribution groups are public by default.',
  DistributionStartSessionLog:
    'A log of a session start sent by the Distribute SDK.',
  EmailVerificationRequest: 'The token from an email verification link.',
  ErrorDetailsReference:
    'The API’s own version of `ErrorDetails`: a `code` from a fixed list and a `message`.',
  ErrorDetailsv2:
    'The inner part of an error (version 2): a code and a message.',
  ErrorDownloadLink: 'A link to download an error report.',
  ErrorLog: 'A log of an error the app handled.',
  ErrorLog_Diagnostics: 'A log of an error the app handled.',
  ErrorReference:
    'An older error body whose `code` is a number (400, 403 or 500). The operations here answer with `Error` instead.',
  ErrorResponse: 'An error body: `{"error": {"code", "message"}}`.',
  ErrorResponsev2:
    'An error body (version 2): `{"error": {"code", "message"}}`.',
  EstimatedPricingResponse: 'An estimated price per hour, and its currency.',
  EventLog: 'A log of a custom event, with its name and properties.',
  EventLog_Diagnostics:
    'A log of a custom event, with its name and properties.',
  EventResponseResult: 'The id App Center gave an event request.',
  ExistingAuthApplicationPostRequest:
    'Connects an app to an existing sign-in provider application (Azure AD B2C, Auth0, Firebase or Azure AD).',
  ExportBlobConfiguration: 'An export of app data to Azure Blob Storage.',
  ExportConfigurationAppInsightsKey:
    'An export to Application Insights, named by its instrumentation key.',
  ExportConfigurationAppInsightsLinkedSubscription:
    'An export to Application Insights in a linked Azure subscription.',
  ExportConfigurationBlobStorageConnectionString:
    'An export to Azure Blob Storage, named by its connection string.',
  ExportConfigurationBlobStorageLinkedSubscription:
    'An export to Azure Blob Storage in a linked Azure subscription.',
  ExternalAppId: 'An app’s id in an outside service.',
  ExternalRepositoryProvider:
    'An outside repository provider; only `github` so far.',
  ExternalUserRequest:
    'A user who comes from an outside sign-in, with any app, tester or organization invitations they hold.',
  ExternallyHostedReleaseCreateRequest:
    'Creates a release whose file lives elsewhere: its version, build number and download URL.',
  FeatureCreateRequest:
    'Creates a feature flag with a name, display name and state.',
  FeatureFlagsResponse: 'The feature flags that are on.',
  FeaturePatchRequest:
    'Changes a feature flag’s display name, description or state.',
  FeatureResponse: 'A feature flag: its name, state and when it was changed.',
  FileValidationDetails: 'A certificate upload to check, with its password.',
  FilterReleasesContainer: 'The releases to filter by.',
  FilterVersionsContainer: 'The app versions and builds to filter by.',
  GDPRPurgeVerifyRequest:
    'Confirms a purge of personal data with its id and key.',
  GDPRPurgeVerifyResponse: 'Whether a purge of personal data was confirmed.',
  GDPRValidationRequest:
    'The releases and uploads to check before deleting personal data.',
  GdprVerificationResult:
    'Whether a check of personal data passed, with a message.',
  GeneralDistributionGroupDetailsResponse:
    'A distribution group with whether it is shared and which app or organization owns it.',
  GetInAppUpdateTokenResponse:
    'A token the in-app update SDK uses to check for new releases.',
  GetOrCreateRepositoryProviderMappingRequest:
    'Links an outside repository account, by name.',
  GetReleaseStatusResponse:
    'How processing an uploaded release is going: from `uploadStarted` to `readyToBePublished`, or an error or malware found.',
  GitHubAccount: 'A GitHub account, a user or an organization.',
  GitHubAccountLite: 'A GitHub account, by id, login and URL.',
  GitHubBillingAccount: 'An account billed through GitHub.',
  GitHubBranchLite: 'A GitHub branch, by ref and commit SHA.',
  GitHubInstallationLite:
    'An installation of App Center’s GitHub app on an account.',
  GitHubInstallationRepositories:
    'The repositories App Center’s GitHub app can reach.',
  GitHubInstallationRepository:
    'A repository App Center’s GitHub app can reach: its clone URL, default branch and language.',
  GitHubMarketplacePlan: 'A GitHub Marketplace plan, by id.',
  GitHubMarketplacePurchase:
    'A GitHub Marketplace purchase: which account bought which plan.',
  GitHubPullRequestLite:
    'A GitHub pull request, by its head and base branches.',
  GitHubRepositoryLite: 'A GitHub repository, by id.',
  GlobalFeatureFlagsResponse: 'Feature flags that apply everywhere, by name.',
  GooglePlayConnectionNonSecretResponse:
    'A saved Google Play connection, without its secrets.',
  GooglePlayConnectionSecretRequest:
    'Saves Google Play credentials as a connection.',
  GooglePlayConnectionSecretResponse: 'A saved Google Play connection.',
  GooglePlayCredentialNonSecretDetailsResponse:
    'A saved Google Play connection, without its secrets.',
  GrantAdminRoleRequest:
    'Gives a user one of App Center’s staff admin roles, or none.',
  HandledErrorLog: 'A log of an error the app caught and reported.',
  HanledErrorLog_Diagnostics: 'A log of an error the app caught and reported.',
  HasBuildUploadedResponse: 'Whether a build has been uploaded.',
  HasTestflightMetadataResponse:
    'Whether TestFlight details have been filled in.',
  HockeyAppCompatibilityReleaseResponse:
    'A release in the shape HockeyApp used, for clients built against HockeyApp.',
  InnerError: 'A more specific error code inside an error.',
  InstanceDatabase: 'A database, by id and name.',
  InstanceDatabasesResponse: 'Databases.',
  InternalBulkAppResponse: 'An app and the display name of its owner.',
  InternalUserRequest:
    'Signs a user up with a password, with any invitations they hold.',
  InternalUserSignupResponse:
    'A user just signed up, and whether their email still needs verifying.',
  IntuneAppsRequest: 'Asks about Intune apps created in one month.',
  IntuneAppsResponse:
    'An Intune app created in a month, and its refresh status.',
  IntuneCategories: 'The app categories of an Intune tenant.',
  IntuneCategoryValue: 'An Intune app category, by id and name.',
  IntuneGroup: 'An Intune group, and whether it is a security group.',
  IntuneGroupValue: 'An Intune group, by id and name.',
  IntuneGroups: 'The groups of an Intune tenant.',
  InvitationDetailResponse:
    'An invitation to you: who sent it and the organization, app or distribution group it is for.',
  ItunesAppsRequest:
    'Asks for the apps of an App Store Connect team, signing in with an Apple ID or a saved connection.',
  ItunesTeamsRequest:
    'Asks for the App Store Connect teams of an Apple ID, or of a saved connection.',
  ItunesTeamsResponse: 'An App Store Connect team, by id and name.',
  JiraConnectionNonSecretResponse:
    'A saved Jira connection, without its password.',
  JiraConnectionSecretRequest: 'Saves a Jira site and sign-in as a connection.',
  JiraConnectionSecretResponse: 'A saved Jira connection.',
  JiraCredentialNonSecretDetailsResponse:
    'A saved Jira connection, without its password.',
  JiraSecretDetails: 'A Jira site’s URL, with a user name and password.',
  JiraSecretDetailsResponse: 'A Jira site’s URL and the user name used there.',
  LatencyData: 'Latency samples over a time span, with their unit.',
  LatencyMetrics: 'Read and write latency of an app’s data store.',
  LegacyAccount:
    'A CodePush account in the older API: name, email and sign-in providers.',
  LegacyAccountResponse: 'A CodePush account in the older API.',
  LegacyApp:
    'A CodePush app in the older API, with its collaborators and deployments.',
  LegacyAppListResponse: 'CodePush apps in the older API.',
  LegacyAppResponse: 'One CodePush app in the older API.',
  LegacyAuthenticationResponse:
    'Whether the caller is signed in, in the older CodePush API.',
  LegacyCodePushApp: 'A CodePush app to create in the older API.',
  LegacyCodePushRelease:
    'A CodePush release in the older API: label, target version, rollout, size and flags.',
  LegacyCodePushReleaseModification:
    'Changes to a CodePush release in the older API.',
  LegacyCodePushReleaseResponse: 'A CodePush release in the older API.',
  LegacyCollaborator:
    'A collaborator on a CodePush app in the older API, and their permission.',
  LegacyCollaborators: 'The collaborators on a CodePush app in the older API.',
  LegacyDeployment:
    'A CodePush deployment in the older API, with its key and latest release.',
  LegacyDeploymentHistory:
    'One past release of a CodePush deployment in the older API.',
  LegacyDeploymentHistoryResponse:
    'The release history of a CodePush deployment in the older API.',
  LegacyDeploymentMetric:
    'Counts of one CodePush release in the older API: active, installed, downloaded and failed.',
  LegacyDeploymentMetricsResponse:
    'Counts of a deployment’s CodePush releases in the older API, by label.',
  LegacyDeploymentResponse: 'One CodePush deployment in the older API.',
  LegacyDeploymentsResponse:
    'The CodePush deployments of an app in the older API.',
  LinkAADtoUserRequest:
    'Links Azure Active Directory tenants, with a role: `admin`, `collaborator` or `member`.',
  LogFlowBooleanProperty:
    'A custom property with a true or false value, in a live log.',
  LogFlowClearProperty: 'Removes a custom property, in a live log.',
  LogFlowCustomProperty: 'A custom property, by type and name, in a live log.',
  LogFlowCustomPropertyLog: 'A live log that sets or clears custom properties.',
  LogFlowDateTimeProperty:
    'A custom property with a date and time value, in a live log.',
  LogFlowErrorLog: 'A live log of an error.',
  LogFlowEventLog: 'A live log of a custom event.',
  LogFlowLogWithProperties: 'A live log with properties of its own.',
  LogFlowNumberProperty:
    'A custom property with a number value, in a live log.',
  LogFlowPageLog: 'A live log of a page view.',
  LogFlowPushInstallationLog: 'A live log of a device registering for push.',
  LogFlowStartServiceLog: 'A live log of SDK services starting.',
  LogFlowStartSessionLog: 'A live log of a session starting.',
  LogFlowStringProperty: 'A custom property with a text value, in a live log.',
  LogTraceDefinition:
    'Turns on log tracing for one installation of an app until a given time.',
  LogWithProperties: 'A log with properties of its own.',
  LogWithProperties_Diagnostics: 'A log with properties of its own.',
  MSAUser: 'A Microsoft account user, by hexadecimal id.',
  MalwareScanResultPayload:
    'The result of a malware scan of an upload: clean, infected or error.',
  ManagementReleaseDetailsResponse:
    'A release as administrators see it, including whether and when it was deleted.',
  MbaasSurveyDataResponse: 'When to ask the user to take the next survey.',
  MemberDevicesInfoResponse:
    'A member of a distribution group together with one of their registered devices.',
  MessageEnvelope: 'A message, with its id and type.',
  MetricsData: 'An average value at one moment.',
  MetricsResponse:
    'Usage of an app’s data store: where it is, its account and database, and its metrics.',
  Module: 'Which features of a module are on.',
  Modules: 'Which features of each module are on.',
  NewAppReleaseAlertingEvent:
    'An alert event for a new app release, with the release’s details and the users to tell.',
  NewCrashGroupAlertingEvent:
    'An alert event for a new crash group, with its details.',
  NotificationConfigApple:
    'Apple push settings with a certificate: the encoded certificate, its key and the endpoint (`production` or `sandbox`).',
  NotificationConfigAppleResult:
    'Apple push settings with a certificate, as stored.',
  NotificationConfigAppleToken:
    'Apple push settings with an auth key instead of a certificate: the key id, token and endpoint (`production` or `sandbox`).',
  NotificationConfigAppleTokenResult:
    'Apple push settings with a key, as stored.',
  NotificationConfigGoogle: 'Google push settings: the API key.',
  NotificationConfigGoogleResult: 'Google push settings, as stored.',
  NotificationConfigWindows:
    'Windows push settings: the package SID and secret.',
  NotificationConfigWindowsResult: 'Windows push settings, as stored.',
  NotificationConfiguration:
    'Whether push is on for an app, and why: set by you, not set by you, or an error.',
  NotificationPlatformType:
    'A push service: Apple (`apns`), Google (`gcm`) or Windows (`wns`).',
  NotificationTargetAccountIds:
    'Sends a notification to the listed account ids.',
  NotificationTargetAudiences: 'Sends a notification to the listed audiences.',
  NotificationTargetBroadcast: 'Sends a notification to every device.',
  NotificationTargetDevices: 'Sends a notification to the listed devices.',
  NotificationTargetUserIds: 'Sends a notification to the listed user ids.',
  NotifyReleasesContainer: 'The releases to notify testers about.',
  NumberProperty: 'A custom property with a number value.',
  NumberProperty_Diagnostics: 'A custom property with a number value.',
  OptimizelyUserMetaDataRequest:
    'Metadata to store about a user for Optimizely.',
  OrgComplianceSettingsRequest:
    'The certificate connection an organization uses for compliance.',
  OrgComplianceSettingsResponse:
    'An organization’s compliance settings: its certificate connection and whether app management (MAM) is on.',
  OrgNameAvailabilityResponse: 'Whether an organization name is still free.',
  OrgUserPermissionResponse: 'A user’s role in an organization.',
  OrganizationInvitationDetailResponse:
    'An invitation to an organization: who sent it, to which email, with which role.',
  OrganizationResponseInternal:
    'An internal variant of an organization, with its feature flags.',
  OrganizationResponseManagement:
    'An organization as administrators see it, with its email and feature flags.',
  OverviewResponse:
    'An app’s data store at a glance: where it is, its database and its throughput.',
  PageLog: 'A log of a page view.',
  PageLog_Diagnostics: 'A log of a page view.',
  PasswordUpdateRequest: 'Changes a password: the old one and the new one.',
  PatchReleaseAssetIdRequest: 'Records the stored file of a release upload.',
  PatchReleaseRequest:
    'Reports how publishing a release to a destination went.',
  PatchReleaseUploadStatusRequest:
    'Finishes a release upload: `uploadFinished` when the file is all there, `uploadCanceled` to give up.',
  PatchReleaseUploadStatusResponse: 'Where a release upload stands now.',
  PatchRepoInfo: 'Changes which outside user account reaches a repository.',
  PerformanceReport:
    'Performance of a test on one device: timing of each step, and a video if one was recorded.',
  PostCreateReleaseUploadRequest:
    'Starts a release upload, optionally with its build version and number.',
  PostExternalDownloadUrl: 'A download URL for a release hosted elsewhere.',
  PostRepositoryProviderMappingRequest:
    'Links an App Center account to an account at a repository provider.',
  PrivateAppleCertificateSecretResponse:
    'A saved Apple certificate connection.',
  PrivateAppleCredentialsSecretResponse: 'A saved Apple ID connection.',
  PrivateAppleSecretResponse: 'A saved Apple connection.',
  PrivateBasicReleaseDetailsResponse:
    'A release as listed for one destination, with its publishing status and whether it is the latest there.',
  PrivateCreateStoreRequest: 'Connects an Intune store to an app.',
  PrivateGooglePlayConnectionSecretResponse: 'A saved Google Play connection.',
  PrivateIntuneStoreRequest:
    'The Intune target audience, app category and tenant for a store connection.',
  PrivateJiraConnectionSecretResponse: 'A saved Jira connection.',
  PrivateReleaseDetailsResponse:
    'One release in detail, including whether it is available.',
  PrivateReleaseUpdateRequest:
    'Reports how publishing a release to a store went: processing, submitted, failed or timed out.',
  PrivateSharedConnectionResponse:
    'A saved connection to an outside service, without its secrets.',
  PrivateUpdateUploadDetails:
    'Reports how processing an uploaded release went, with an error message if it failed.',
  ProvisioningProfile:
    'An iOS provisioning profile: its name, app id, team, type, expiry and the device UDIDs it allows.',
  ProvisioningProfileMigration:
    'An iOS provisioning profile being moved, with its bundle id, team, type, expiry and devices.',
  PublicDistributionGroupsResponse: 'A public distribution group, by id.',
  PublishDevicesRequest:
    'Registers devices with an Apple developer account, all or the listed ones.',
  PublishDevicesResponse:
    'The provisioning profiles made after registering devices, as a base64 zip.',
  PurgeResponse: 'How a purge went.',
  PushInstallationLog: 'A log of a device registering for push notifications.',
  PushInstallationLog_Diagnostics:
    'A log of a device registering for push notifications.',
  ReleaseCreateRequest:
    'Creates a release from an uploaded file: its versions, minimum OS, size, languages and signing details.',
  ReleaseDailySessions:
    'Sessions of a release: the total, the daily average and a count per day.',
  ReleaseExternalUrlUpdateResponse:
    'The new download URL of an externally hosted release.',
  ReleaseProvisionResponse: 'A link to follow the provisioning of a release.',
  ReleaseUpdateError:
    'Why updating a release failed, with the release notes, mandatory flag and destinations as sent.',
  ReleaseUploadBeginRequest:
    'Starts uploading a release, optionally with its build version and number.',
  ReleaseUploadBeginResponse:
    'Where to upload a release’s file: the upload id and URL, and the asset’s id, domain and token.',
  ReleaseUploadEndResponse:
    'The release an upload became, with its id and URL.',
  ReleaseWithDistributionGroupAndUserId:
    'A release, optionally with a distribution group and a user.',
  RepoInfo: 'A repository’s URL and the outside user account that reaches it.',
  RequestType:
    'The kind of data request: delete, purge, undo a delete, and their app-wide forms.',
  ResetPasswordUsingTokenRequest:
    'Sets a new password with the token from a reset email.',
  ResignAttemptResponse:
    'One attempt at re-signing a release: its status, timing, destinations and any error.',
  ResignInfo:
    'What a release would be re-signed with: the group, the profile and the certificate with its expiry.',
  ScopeResponse: 'A permission scope of an app’s sign-in provider.',
  ScopesResponse: 'The permission scopes of an app’s sign-in provider.',
  SendNotificationRequest: 'The users, by id, to notify.',
  ServiceBusStatusResponse:
    'The state of a message queue and its subscriptions.',
  SharedConnectionPatchRequest:
    'Changes a saved connection’s name or credentials.',
  SharedConnectionRequest:
    'Saves a connection to an outside service (Apple, Jira, Google Play or GitLab).',
  SkipValidationRequest: 'Whether to skip validation.',
  StartServiceLog: 'A log of SDK services starting.',
  StartServiceLog_Diagnostics: 'A log of SDK services starting.',
  StartSessionLog: 'A log of a session starting.',
  StartSessionLog_Diagnostics: 'A log of a session starting.',
  Status: 'A status, as text.',
  StatusResponse: 'A status, as text.',
  StepReport:
    'One step of a test run: the devices that finished it and a screenshot per device, with logs and any crash.',
  StoreDestinationDetails:
    'A store destination (Intune) a release is published to.',
  StoreSecretResponse:
    'A stored secret for a store connection, with its tenant.',
  StringProperty: 'A custom property with a text value.',
  StringProperty_Diagnostics: 'A custom property with a text value.',
  SubmitDsrOperationRequest:
    'Files one step of a data request (delete, purge, undo or export) for an account or app.',
  SubmitDsrOperationResponse: 'How a step of a data request is going.',
  SubscriptionMetrics: 'A queue subscription and how many messages wait in it.',
  SystemVersionNameGroup: 'A named group of operating system versions.',
  SystemVersionNameGroups: 'Named groups of operating system versions.',
  TesterAppResponse: 'An app you test, with your permissions on it.',
  TokenQueryResult: 'Tokens.',
  TransferAppAdminRequest: 'The new owner of an app, by id.',
  TrustFrameworkPoliciesResponse:
    'Azure AD B2C sign-in policies (trust framework policies).',
  TrustFrameworkPolicyResponse: 'An Azure AD B2C sign-in policy, by id.',
  UnhandledErrorLog: 'A log of a crash: an error the app did not catch.',
  UpdateCheckResponse:
    'The answer to a CodePush update check: whether an update is available, where to get it and its size.',
  UpdateDevicesRequest:
    'Registers new devices for a release and re-signs it, with the Apple account and certificate to use.',
  UpdateDevicesResponse:
    'A link to follow re-signing a release for new devices.',
  UpdateExternalUrlRequest:
    'A new download URL for a release hosted elsewhere.',
  UpdateInfoData:
    'An available CodePush update: where to download it, its size, hash and label.',
  UpdateResignStatusResponse:
    'How re-signing went, with the new provisioning profiles as a base64 zip.',
  UsageRecordStatus:
    'Whether the latest Build and Test usage has been recorded, and when.',
  UserAuthResponse:
    'A user as sign-in sees them, with their identity provider.',
  UserDataResponse: 'A user’s id, names and avatar.',
  UserInteractionMetricsResponse:
    'Rough facts about a user’s activity: fewer than 100 apps, more than one release.',
  UserLiteProfileResponse: 'A user’s id, display name and email.',
  UserNameAvailabilityResponse: 'Whether a user name is still free.',
  UserProfileAdminResponse: 'A user’s profile with their role.',
  UserProfileResponseInternal:
    'An internal variant of a user profile, with feature flags, admin role and settings.',
  UserProfileResponseManagement:
    'A user profile as administrators see it, with verification and identity providers.',
  UserProfileResponsev2:
    'A user profile (version 2), with feature flags and admin role.',
  UserResponse: 'A user, by account id, email and display name.',
  UserSettingRequest: 'A new value for a user setting.',
  UserSettingResponse:
    'A user’s settings, such as whether they opted in to marketing.',
  UserUpdateRequestInternal:
    'An internal variant of a profile update, which can also change the email.',
  UserUpdateRequestReference:
    'The API’s own profile update: just a new `display_name`.',
  UsersResponse: 'Users, by account id, email and display name.',
  VSTSAccount:
    'An Azure DevOps (formerly VSTS) organization, with your user there and its projects.',
  VSTSAccounts: 'The Azure DevOps organizations you can reach.',
  VSTSProfile: 'Your Azure DevOps profile.',
  VSTSProject: 'An Azure DevOps project.',
  ValidatedApiTokenResponse:
    'A checked API token: its scope, whether it stands for a user or an app, and the facts it carries.',
  ValidationErrorResponse: 'A validation error, with a code and message.',
  ValidationResponse:
    'A release’s validation with a store, and its status there.',
  VersionedBillingPlan: 'A billing plan with its version tag (ETag).',
  WebSocketContainer: 'A WebSocket URL to connect to.',
  v2FailureResponse: 'A failure, with a code and message.',
  v2MissingSymbolCrashGroupStatusEnum:
    'The status of a group of crashes waiting for symbols: `active`, `pending` or `closed`.',
  v2StatusResponse: 'A status, as text.',
  v2SymbolStatusEnum:
    'Whether a symbol is `missing`, `ignored` or `available`.',
  v2SymbolUpdateInfo: 'A symbol’s new status.',
}
