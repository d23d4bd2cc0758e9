import { APPS_LIST_WORDS } from './apps-list-command'

/**
 * App Center API operations the `appcenter` command-line tool performs, by
 * operationId. Facts we wrote down from the CLI's public documentation and
 * its source (github.com/microsoft/appcenter-cli, `src/commands/**`, one
 * folder per command word): which API call each command makes and the
 * options it takes. `<placeholders>` stand for values the user supplies.
 */
export interface CliCommand {
  /** The words after `appcenter`, with positional arguments. */
  command: string
  /** Whether the command acts on one app, named with `--app owner/app`. */
  app: boolean
  /** Its other options, as typed. */
  options?: string[]
  /** The command's file under the CLI's `src/commands/`. */
  source: string
}

const APP = true
const NO_APP = false

function entry(
  command: string,
  app: boolean,
  source: string,
  options?: string[],
): CliCommand {
  return options ? { command, app, options, source } : { command, app, source }
}

export const CLI_COMMANDS: Readonly<Record<string, CliCommand>> = {
  // Account and apps
  users_get: entry('profile list', NO_APP, 'profile/list.ts'),
  users_update: entry('profile configure', NO_APP, 'profile/configure.ts'),
  apps_list: entry(APPS_LIST_WORDS, NO_APP, 'apps/list.ts'),
  apps_get: entry('apps show', APP, 'apps/show.ts'),
  apps_create: entry('apps create', NO_APP, 'apps/create.ts', [
    '--display-name <display_name>',
    '--os <os>',
    '--platform <platform>',
  ]),
  apps_update: entry('apps update', APP, 'apps/update.ts', [
    '--display-name <display_name>',
  ]),
  apps_delete: entry('apps delete', APP, 'apps/delete.ts'),
  userApiTokens_list: entry('tokens list', NO_APP, 'tokens/list.ts'),
  userApiTokens_create: entry('tokens create', NO_APP, 'tokens/create.ts', [
    '--description <description>',
  ]),
  userApiTokens_delete: entry(
    'tokens delete <api_token_id>',
    NO_APP,
    'tokens/delete.ts',
  ),
  appApiTokens_create: entry('tokens create', APP, 'tokens/create.ts', [
    '--type app',
    '--description <description>',
  ]),

  // Organizations
  organizations_list: entry('orgs list', NO_APP, 'orgs/list.ts'),
  organizations_get: entry('orgs show', NO_APP, 'orgs/show.ts', [
    '--name <org_name>',
  ]),
  organizations_createOrUpdate: entry('orgs create', NO_APP, 'orgs/create.ts', [
    '--name <name>',
    '--display-name <display_name>',
  ]),
  organizations_update: entry('orgs update', NO_APP, 'orgs/update.ts', [
    '--name <org_name>',
    '--new-display-name <display_name>',
  ]),
  users_listForOrg: entry(
    'orgs collaborators list',
    NO_APP,
    'orgs/collaborators/list.ts',
    ['--name <org_name>'],
  ),
  apps_listForOrg: entry('orgs apps list', NO_APP, 'orgs/apps/list.ts', [
    '--name <org_name>',
  ]),
  apps_createForOrg: entry('orgs apps create', NO_APP, 'orgs/apps/create.ts', [
    '--org-name <org_name>',
    '--display-name <display_name>',
    '--os <os>',
    '--platform <platform>',
  ]),

  // Distribute
  releases_list: entry(
    'distribute releases list',
    APP,
    'distribute/releases/list.ts',
  ),
  releases_getLatestByUser: entry(
    'distribute releases show',
    APP,
    'distribute/releases/show.ts',
    ['--release-id <release_id>'],
  ),
  releases_delete: entry(
    'distribute releases delete',
    APP,
    'distribute/releases/delete.ts',
    ['--release-id <release_id>'],
  ),
  releases_updateDetails: entry(
    'distribute releases edit',
    APP,
    'distribute/releases/edit.ts',
    ['--release-id <release_id>', '--state <enabled|disabled>'],
  ),
  releases_addDistributionGroup: entry(
    'distribute releases add-destination',
    APP,
    'distribute/releases/add-destination.ts',
    [
      '--release-id <release_id>',
      '--type group',
      '--destination <distribution_group_name>',
    ],
  ),
  distributionGroups_list: entry(
    'distribute groups list',
    APP,
    'distribute/groups/list.ts',
  ),
  distributionGroups_listUsers: entry(
    'distribute groups show',
    APP,
    'distribute/groups/show.ts',
    ['--group <distribution_group_name>'],
  ),
  releases_listByDistributionGroup: entry(
    'distribute groups show',
    APP,
    'distribute/groups/show.ts',
    ['--group <distribution_group_name>'],
  ),
  distributionGroups_create: entry(
    'distribute groups create',
    APP,
    'distribute/groups/create.ts',
    ['--name <distribution_group_name>'],
  ),
  distributionGroups_delete: entry(
    'distribute groups delete',
    APP,
    'distribute/groups/delete.ts',
    ['--group <distribution_group_name>'],
  ),
  distributionGroups_update: entry(
    'distribute groups update',
    APP,
    'distribute/groups/update.ts',
    ['--group <distribution_group_name>', '--name <new_name>'],
  ),
  distributionGroups_addUser: entry(
    'distribute groups update',
    APP,
    'distribute/groups/update.ts',
    ['--group <distribution_group_name>', '--add-testers <emails>'],
  ),
  distributionGroups_removeUser: entry(
    'distribute groups update',
    APP,
    'distribute/groups/update.ts',
    ['--group <distribution_group_name>', '--delete-testers <emails>'],
  ),
  releases_getLatestByDistributionGroup: entry(
    'distribute groups download',
    APP,
    'distribute/groups/download.ts',
    ['--group <distribution_group_name>'],
  ),
  stores_list: entry(
    'distribute stores list',
    APP,
    'distribute/stores/list.ts',
  ),

  // CodePush
  codePushDeployments_list: entry(
    'codepush deployment list',
    APP,
    'codepush/deployment/list.ts',
  ),
  codePushDeployments_create: entry(
    'codepush deployment add <deployment_name>',
    APP,
    'codepush/deployment/add.ts',
  ),
  codePushDeployments_delete: entry(
    'codepush deployment remove <deployment_name>',
    APP,
    'codepush/deployment/remove.ts',
  ),
  codePushDeployments_update: entry(
    'codepush deployment rename <deployment_name> <new_deployment_name>',
    APP,
    'codepush/deployment/rename.ts',
  ),
  codePushDeploymentReleases_get: entry(
    'codepush deployment history <deployment_name>',
    APP,
    'codepush/deployment/history.ts',
  ),
  codePushDeploymentReleases_delete: entry(
    'codepush deployment clear <deployment_name>',
    APP,
    'codepush/deployment/clear.ts',
  ),
  codePushDeploymentReleases_create: entry(
    'codepush release',
    APP,
    'codepush/release.ts',
    [
      '--update-contents-path <path>',
      '--target-binary-version <version>',
      '--deployment-name <deployment_name>',
    ],
  ),
  codePushDeployments_promote: entry(
    'codepush promote',
    APP,
    'codepush/promote.ts',
    [
      '--source-deployment-name <deployment_name>',
      '--destination-deployment-name <promote_deployment_name>',
    ],
  ),
  codePushDeploymentRelease_rollback: entry(
    'codepush rollback <deployment_name>',
    APP,
    'codepush/rollback.ts',
  ),
  deploymentReleases_update: entry(
    'codepush patch <deployment_name>',
    APP,
    'codepush/patch.ts',
    ['--existing-release-label <release_label>'],
  ),

  // Build
  builds_listBranches: entry(
    'build branches list',
    APP,
    'build/branches/list.ts',
  ),
  builds_listByBranch: entry(
    'build branches show',
    APP,
    'build/branches/show.ts',
    ['--branch <branch>'],
  ),
  builds_create: entry('build queue', APP, 'build/queue.ts', [
    '--branch <branch>',
  ]),
  builds_getLog: entry('build logs', APP, 'build/logs.ts', ['--id <build_id>']),
  builds_getDownloadUri: entry('build download', APP, 'build/download.ts', [
    '--id <build_id>',
    '--type <build|logs|symbols>',
  ]),

  // Analytics
  Analytics_Versions: entry(
    'analytics app-versions',
    APP,
    'analytics/app-versions.ts',
  ),
  Analytics_GenericLogFlow: entry(
    'analytics log-flow',
    APP,
    'analytics/log-flow.ts',
  ),
  Analytics_Events: entry(
    'analytics events show',
    APP,
    'analytics/events/show.ts',
  ),
  Analytics_EventsDelete: entry(
    'analytics events delete',
    APP,
    'analytics/events/delete.ts',
    ['--event-name <event_name>'],
  ),
  Analytics_ModelCounts: entry(
    'analytics audience',
    APP,
    'analytics/audience.ts',
    ['--devices'],
  ),
  Analytics_PlaceCounts: entry(
    'analytics audience',
    APP,
    'analytics/audience.ts',
    ['--countries'],
  ),
  Analytics_LanguageCounts: entry(
    'analytics audience',
    APP,
    'analytics/audience.ts',
    ['--languages'],
  ),
  Analytics_DeviceCounts: entry(
    'analytics audience',
    APP,
    'analytics/audience.ts',
    ['--active-users'],
  ),

  // Test
  test_getTestRunState: entry('test status', APP, 'test/status.ts', [
    '--test-run-id <test_run_id>',
  ]),
  test_stopTestRun: entry('test stop', APP, 'test/stop.ts', [
    '--test-run-id <test_run_id>',
  ]),
}

/** The CLI command for an operation, if the CLI has one. */
export function cliCommandFor(operationId: string | null | undefined) {
  if (!operationId || !Object.hasOwn(CLI_COMMANDS, operationId)) return null
  return CLI_COMMANDS[operationId]!
}

/** Names as the shell reads them: quoted unless plainly safe. */
function shellWord(text: string): string {
  return /^[\w.@%+=:,/-]+$/.test(text)
    ? text
    : `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * The command line to type: `appcenter apps show --app owner/app`, with the
 * chosen app filled in, else `<owner_name>/<app_name>` to replace.
 */
export function cliCommandLine(
  command: CliCommand,
  app: { owner_name: string; app_name: string } | null,
): string {
  const words = ['appcenter', command.command]
  if (command.app)
    words.push(
      '--app',
      app
        ? shellWord(`${app.owner_name}/${app.app_name}`)
        : '<owner_name>/<app_name>',
    )
  if (command.options) words.push(...command.options)
  return words.join(' ')
}
