import type { OperationWords } from '../operations.ts'

/**
 * Test: automated UI tests on real devices. A run goes through several calls
 * in order (create, upload files, start, poll), which the App Center CLI's
 * `appcenter test run` command performs for you.
 */
export const TEST: Readonly<Record<string, OperationWords>> = {
  // Test runs
  test_getTestRuns: {
    summary: 'List the test runs of an app',
    description:
      'Every run with its date, app version, test series, platform and status, plus counts of passed and failed tests in `stats`.',
  },
  test_createTestRun: {
    summary: 'Create a test run',
    description:
      'Step 1 of a run. The answer has no body: the new run’s address comes in the `Location` header, and its last part is the `test_run_id` the next calls need. Send `{}` as the body.',
  },
  test_uploadHash: {
    summary: 'Add a file to a test run by its hash',
    description:
      'Step 2: send the `checksum` (SHA-256) of the app, test or dSYM file, its `file_type` and `relative_path`. `201` means App Center already has that file and nothing needs uploading; `412` means it does not, so upload it with the files call.',
  },
  test_uploadHashesBatch: {
    summary: 'Add many files to a test run by their hashes',
    description:
      'Like adding one file by hash, for a list of files at once. Each file comes back with an `uploadStatus` that says whether it still needs uploading.',
  },
  test_startUploadingFile: {
    summary: 'Start uploading a file to a test run',
    description:
      'For files App Center did not know by hash. The answer’s `Location` header says where to send the file’s bytes.',
  },
  test_startTestRun: {
    summary: 'Start a test run',
    description:
      'Step 3, once every file is in: send the `test_framework` (Appium, Espresso, XCUITest and so on), the `device_selection` (a short id from the device selection call or a device set) and optionally `locale`, `language` and `test_series`. The answer lists which devices were accepted and which rejected.',
  },
  test_getTestRunState: {
    summary: 'Check on a running test run',
    description:
      'Poll this while a run goes on: `message` lines say what is happening, `wait_time` is how many seconds to wait before asking again, and `exit_code` is set once the run is over.',
  },
  test_getTestRun: {
    summary: 'Get one test run',
    description:
      'The run’s status, result, app version, platform and test counts.',
  },
  test_getTestReport: {
    summary: 'Get the report of a test run',
    description:
      'The full results, per feature, test and device, with the device logs and any fatal errors. Fetch it once the run is over.',
  },
  test_stopTestRun: {
    summary: 'Stop a test run',
    description:
      'Cancels the tests still waiting or running; results already in are kept.',
  },
  test_archiveTestRun: {
    summary: 'Delete a test run',
    description:
      'Marks the run deleted rather than erasing it at once; it leaves the lists. The answer is the run as it was.',
  },
  // Test series
  test_getAllTestSeries: {
    summary: 'List the test series of an app',
    description:
      'A test series groups runs of the same tests, for example one per branch or per nightly job, so results can be compared over time. `query` narrows the list.',
  },
  test_createTestSeries: {
    summary: 'Create a test series',
    description:
      'Send its `name`. Runs join a series when you name it in `test_series` as you start them.',
  },
  test_patchTestSeries: {
    summary: 'Rename a test series',
    description:
      'Send the new `name`. The path takes the series’ `slug`, as listed by the series call.',
  },
  test_deleteTestSeries: {
    summary: 'Delete a test series',
    description: 'The path takes the series’ `slug`.',
  },
  test_getAllTestRunsForSeries: {
    summary: 'List the test runs of one series',
    description: 'The runs that belong to the series, with their results.',
  },
  // Devices
  test_getDeviceConfigurations: {
    summary: 'List the devices tests can run on',
    description:
      'Every device model and OS version on offer, with its market share. Use their ids in a device selection or device set. `app_upload_id` optionally ties the list to an upload.',
  },
  test_createDeviceSelection: {
    summary: 'Turn a list of devices into a short id',
    description:
      'Send the device configuration ids in `devices`; the `shortId` you get back is what `device_selection` takes when you start a run.',
  },
  test_listDeviceSetsOfUser: {
    summary: 'List your saved device sets for an app',
    description:
      'Device sets are named lists of devices you reuse across runs. These are yours; the owner’s sets are shared with everyone on the app.',
  },
  test_createDeviceSetOfUser: {
    summary: 'Save a device set of your own',
    description: 'Send a `name` and the device configuration ids in `devices`.',
  },
  test_getDeviceSetOfUser: {
    summary: 'Get one of your device sets',
    description:
      'Its name, slug and devices, with counts of makers and OS versions.',
  },
  test_updateDeviceSetOfUser: {
    summary: 'Change one of your device sets',
    description:
      'Replaces its `name` and `devices` with what you send, so send the full list.',
  },
  test_deleteDeviceSetOfUser: {
    summary: 'Delete one of your device sets',
    description:
      'The set is gone for good; runs that already used it are not affected.',
  },
  test_listDeviceSetsOfOwner: {
    summary: 'List the app owner’s device sets',
    description:
      'Device sets saved for the app’s owner (a user or organization), which everyone working on the app can use.',
  },
  test_createDeviceSetOfOwner: {
    summary: 'Save a device set for the app owner',
    description:
      'Send a `name` and the device configuration ids in `devices`; everyone on the app can then use it.',
  },
  test_getDeviceSetOfOwner: {
    summary: 'Get one of the owner’s device sets',
    description:
      'Its name, slug and devices, with counts of makers and OS versions.',
  },
  test_updateDeviceSetOfOwner: {
    summary: 'Change one of the owner’s device sets',
    description:
      'Replaces its `name` and `devices` with what you send, so send the full list.',
  },
  test_deleteDeviceSetOfOwner: {
    summary: 'Delete one of the owner’s device sets',
    description:
      'Everyone on the app loses the set; runs that already used it are not affected.',
  },
  // Subscriptions
  test_getSubscriptions: {
    summary: 'See the app’s Test subscription',
    description:
      'Whether Test is active for the app, its tier, and when it started and ends (`daysLeft`).',
  },
  test_createSubscription: {
    summary: 'Start a Test free trial',
    description:
      'Starts the trial of Test for the app and answers with the new subscription. Send `{}` as the body.',
  },
  // Personal data export
  test_gdprExportApps: {
    summary: 'List the Test data you can export for an app',
    description:
      'Part of exporting personal data: the answer lists the export calls that hold the app’s Test data. Follow them one by one.',
  },
  test_gdprExportApp: {
    summary: 'Export the app’s Test data',
    description:
      'Where to download the hashes of the files uploaded for tests.',
  },
  test_gdprExportTestRun: {
    summary: 'Export the app’s test runs',
    description:
      'For each run, its locale and links to the app and dSYM files it used.',
  },
  test_gdprExportPipelineTest: {
    summary: 'Export the app’s pipeline tests',
    description: 'Tests started from a pipeline, with their parameters.',
  },
  test_gdprExportHashFile: {
    summary: 'Export the app’s uploaded files',
    description: 'The files uploaded for tests, by id and file name.',
  },
  test_gdprExportFileSetFile: {
    summary: 'Export the files of the app’s test uploads',
    description:
      'Each file’s path within an upload, with a link to download it.',
  },
  test_gdprExportAccounts: {
    summary: 'List the Test data you can export for your account',
    description:
      'Part of exporting personal data: the answer lists the export calls that hold your account’s Test data.',
  },
  test_gdprExportAccount: {
    summary: 'Export your Test account',
    description: 'Your Test account’s id.',
  },
  test_gdprExportFeatureFlag: {
    summary: 'Export your Test feature flags',
    description: 'The Test features turned on for you, by name and target.',
  },
}
