import { describe, expect, it } from 'vitest'
import { APPS_LIST_COMMAND_LINE } from './apps-list-command'
import { CLI_COMMANDS, cliCommandFor, cliCommandLine } from './cli-commands'

describe('cliCommandLine', () => {
  it('fills in the chosen app, or placeholders to replace', () => {
    const releases = cliCommandFor('releases_list')!
    expect(
      cliCommandLine(releases, {
        owner_name: 'contoso',
        app_name: 'Contoso-iOS',
      }),
    ).toBe('appcenter distribute releases list --app contoso/Contoso-iOS')
    expect(cliCommandLine(releases, null)).toBe(
      'appcenter distribute releases list --app <owner_name>/<app_name>',
    )
  })

  it('puts options after the app and leaves --app out where the command takes none', () => {
    expect(
      cliCommandLine(cliCommandFor('releases_getLatestByUser')!, {
        owner_name: 'o',
        app_name: 'a',
      }),
    ).toBe(
      'appcenter distribute releases show --app o/a --release-id <release_id>',
    )
    expect(cliCommandLine(cliCommandFor('apps_list')!, null)).toBe(
      'appcenter apps list',
    )
    // The first-call guide names the same command.
    expect(APPS_LIST_COMMAND_LINE).toBe('appcenter apps list')
    expect(
      cliCommandLine(cliCommandFor('codePushDeployments_delete')!, null),
    ).toBe(
      'appcenter codepush deployment remove <deployment_name> --app <owner_name>/<app_name>',
    )
  })

  it('quotes an app name the shell would split', () => {
    expect(
      cliCommandLine(cliCommandFor('apps_get')!, {
        owner_name: 'o',
        app_name: "it's mine",
      }),
    ).toBe(`appcenter apps show --app 'o/it'\\''s mine'`)
  })

  it('knows only the operations it lists', () => {
    expect(cliCommandFor('Push_Send')).toBeNull()
    expect(cliCommandFor('toString')).toBeNull()
    expect(cliCommandFor(null)).toBeNull()
  })

  it('covers at least 40 operations, each command under a folder of the CLI', () => {
    const entries = Object.entries(CLI_COMMANDS)
    expect(entries.length).toBeGreaterThanOrEqual(40)
    for (const [operationId, command] of entries) {
      const [group] = command.command.split(' ')
      expect(command.source.startsWith(`${group}/`), operationId).toBe(true)
      expect(command.source, operationId).toMatch(/\.ts$/)
    }
  })
})
