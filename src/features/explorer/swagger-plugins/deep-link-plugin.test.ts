import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  deepLinkPlugin,
  openDeepLink,
  type DeepLinkSystem,
} from './deep-link-plugin'

/** A system that records what a deep link asks of Swagger UI's layout. */
function recordingSystem(deepLinking = true) {
  const calls: [string, ...unknown[]][] = []
  const system: DeepLinkSystem = {
    getConfigs: () => ({ deepLinking }),
    layoutSelectors: {
      // As Swagger UI 5.34's selector.
      isShownKeyFromUrlHashArray: ([tag, operation]) =>
        operation
          ? ['operations', tag!, operation]
          : tag
            ? ['operations-tag', tag]
            : [],
    },
    layoutActions: {
      show: (key, shown) => calls.push(['show', key, shown]),
      scrollTo: (key) => calls.push(['scrollTo', key]),
      scrollToVirtualizedOperation: (key) =>
        calls.push(['scrollToVirtualizedOperation', key]),
    },
  }
  return { system, calls }
}

afterEach(() => vi.restoreAllMocks())

describe('openDeepLink', () => {
  it('opens the tag and the operation, and scrolls to it in a plain or a virtual list', () => {
    const { system, calls } = recordingSystem()
    openDeepLink(system, '#/account/users_get')
    const key = ['operations', 'account', 'users_get']
    expect(calls).toEqual([
      ['show', ['operations-tag', 'account'], true],
      ['show', key, true],
      ['scrollTo', key],
      ['scrollToVirtualizedOperation', key],
    ])
  })

  it('takes an underscore as written: no second, spaced reading and no console error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { system, calls } = recordingSystem()
    openDeepLink(system, '#/distribute_groups/devices_list_by_group')
    const shown = calls
      .filter(([name]) => name === 'show')
      .map(([, key]) => key)
    expect(shown).toEqual([
      ['operations-tag', 'distribute_groups'],
      ['operations', 'distribute_groups', 'devices_list_by_group'],
    ])
    expect(error).not.toHaveBeenCalled()
  })

  it('reads a tag with spaces (decoded already) and the old #!/ form', () => {
    const { system, calls } = recordingSystem()
    openDeepLink(system, '#!/API tokens')
    expect(calls).toEqual([
      ['show', ['operations-tag', 'API tokens'], true],
      ['scrollTo', ['operations-tag', 'API tokens']],
      ['scrollToVirtualizedOperation', ['operations-tag', 'API tokens']],
    ])
  })

  it('does nothing without deep linking or without a hash', () => {
    const off = recordingSystem(false)
    openDeepLink(off.system, '#/account/users_get')
    expect(off.calls).toEqual([])
    const empty = recordingSystem()
    openDeepLink(empty.system, '')
    expect(empty.calls).toEqual([])
  })
})

describe('deepLinkPlugin', () => {
  it("stands in for Swagger UI's parseDeepLinkHash: the wrapped action opens the link itself", () => {
    const wrap =
      deepLinkPlugin().statePlugins.layout.wrapActions.parseDeepLinkHash
    const original = vi.fn()
    const { system, calls } = recordingSystem()
    wrap(original, system)('#/account/users_get')
    expect(original).not.toHaveBeenCalled()
    expect(calls).toContainEqual([
      'show',
      ['operations', 'account', 'users_get'],
      true,
    ])
  })
})
