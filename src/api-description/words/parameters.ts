/**
 * Our description of a parameter, keyed by its name. Parameters missing here
 * get a sentence made from their name and location (see fallback-words.ts).
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
}
