import type { OperationWords } from '../operations.ts'

/** Build: repositories, branch configurations, builds, their logs and outputs. */
export const BUILD: Readonly<Record<string, OperationWords>> = {
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
      'Returns a short-lived URL for the build’s `build` (the app binary), `logs`, `symbols`, `mapping` or `bundle`. The link expires, so fetch it when you need it.',
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
}
