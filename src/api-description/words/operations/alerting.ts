import type { OperationWords } from '../operations.ts'

/** Alerting: emails, webhooks and bug tracker links. */
export const ALERTING: Readonly<Record<string, OperationWords>> = {
  notifications_getUserEmailSettings: {
    summary: 'Get your email notification settings',
    description:
      'Whether App Center emails you at all (`enabled`) and, for new crash groups, how: each one (`Individual`), a `Daily` digest, both, or not at all. These are your defaults across apps.',
  },
  notifications_getAppEmailSettings: {
    summary: 'Get your email settings for one app',
    description:
      'Whether you get emails about this app (`user_enabled`), which can differ from your defaults.',
  },
  webhooks_list: {
    summary: 'List the webhooks of an app',
    description:
      'Each webhook posts to a URL of yours (Slack, Teams or any server) on the events it lists in `event_types`: a new crash group (`newCrashGroupCreated`) or a new release (`newAppReleased`).',
  },
  bugtracker_getSettings: {
    summary: 'Get the bug tracker link of an app',
    description:
      'Which tracker the app is connected to (`github`, `vsts` for Azure DevOps, or `jira`), whether the link works (`state`), and which events file issues automatically.',
  },
  bugTracker_getRepoIssueFromCrash: {
    summary: 'Find the issue filed for a crash group',
    description:
      'The issue in the connected bug tracker that belongs to this crash group, with its title and URL, so you can jump from a crash to the work on it.',
  },
}
