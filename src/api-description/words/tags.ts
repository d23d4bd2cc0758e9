/**
 * The tags of the bundled description, in the order the explorer lists them,
 * each with one sentence of ours on what the area is for. The first five are
 * the first-call tags; deep links such as `#/Account/users_get` rely on their
 * names.
 */
export const TAGS: readonly { name: string; description: string }[] = [
  {
    name: 'Account',
    description: 'Read and edit the profile of the user who owns the token.',
  },
  {
    name: 'Apps',
    description:
      'List, create, inspect, rename and delete the apps you can reach.',
  },
  {
    name: 'App users',
    description:
      'See who can work on an app, change their role or take away their access.',
  },
  {
    name: 'Organizations',
    description:
      'Look up the organizations you belong to and the apps they own.',
  },
  {
    name: 'API tokens',
    description: 'Create, list and revoke the tokens that sign your API calls.',
  },
  {
    name: 'Distribute',
    description:
      'Hand builds to testers and stores: upload releases, manage distribution groups and their testers, and register test devices.',
  },
  {
    name: 'CodePush',
    description:
      'Ship JavaScript and asset updates to React Native and Cordova apps without a store release: deployments, releases, promotion, rollback and install metrics.',
  },
  {
    name: 'Build',
    description:
      'Build an app in the cloud from a connected repository: branches, build configurations, builds, their logs and downloads.',
  },
  {
    name: 'Diagnostics',
    description:
      'Crashes and errors reported by the App Center SDK in your app, grouped so you can see which ones hurt most, plus the symbols that make stack traces readable.',
  },
  {
    name: 'Analytics',
    description:
      'Usage figures sent by the SDK: active devices, sessions, versions, events, audiences and more.',
  },
  {
    name: 'Test',
    description:
      'Run automated UI tests on real devices in the cloud and read their reports.',
  },
  {
    name: 'Push',
    description:
      'Send push notifications to the devices of an app and set up the platform credentials they need.',
  },
  {
    name: 'Export',
    description:
      'Copy an app’s crash and analytics data continuously to your own Azure storage or Application Insights.',
  },
  {
    name: 'Alerting',
    description:
      'Be told when something happens: email settings, webhooks and bug tracker links.',
  },
  {
    name: 'Billing',
    description:
      'See the plans and usage that App Center charges an account or organization for.',
  },
  {
    name: 'Data subject requests',
    description:
      'Ask for a copy of your personal data or for its deletion, and follow the request.',
  },
  {
    name: 'Data and Auth',
    description:
      'The preview Data (Cosmos DB) and Auth (Azure AD B2C) services that an app could be connected to.',
  },
]
