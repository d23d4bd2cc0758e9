/**
 * The CLI's way to list the apps a user can reach, kept apart from the
 * whole table (cli-commands.ts, which uses it) so the first-call guide can
 * name it without loading the table at startup.
 */
export const APPS_LIST_WORDS = 'apps list'

export const APPS_LIST_COMMAND_LINE = `appcenter ${APPS_LIST_WORDS}`
