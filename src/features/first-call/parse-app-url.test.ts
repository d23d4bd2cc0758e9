import { describe, it, expect } from 'vitest'
import { parseAppUrl, type OwnerKind } from './parse-app-url'

describe('parseAppUrl', () => {
  const valid: [string, string, string, string, OwnerKind][] = [
    [
      'a user app page',
      'https://appcenter.ms/users/alice/apps/hello-android',
      'alice',
      'hello-android',
      'user',
    ],
    [
      'an organization app page',
      'https://appcenter.ms/orgs/contoso/apps/Shop-iOS',
      'contoso',
      'Shop-iOS',
      'org',
    ],
    [
      'plain http',
      'http://appcenter.ms/users/alice/apps/hello',
      'alice',
      'hello',
      'user',
    ],
    [
      'www.',
      'https://www.appcenter.ms/orgs/contoso/apps/shop',
      'contoso',
      'shop',
      'org',
    ],
    [
      'no scheme',
      'appcenter.ms/users/alice/apps/hello',
      'alice',
      'hello',
      'user',
    ],
    [
      'no scheme with www.',
      'www.appcenter.ms/orgs/contoso/apps/shop',
      'contoso',
      'shop',
      'org',
    ],
    [
      'a path below the app',
      'https://appcenter.ms/users/alice/apps/hello/distribute/releases/12',
      'alice',
      'hello',
      'user',
    ],
    [
      'the build page',
      'https://appcenter.ms/orgs/contoso/apps/shop/build/branches',
      'contoso',
      'shop',
      'org',
    ],
    [
      'a trailing slash',
      'https://appcenter.ms/users/alice/apps/hello/',
      'alice',
      'hello',
      'user',
    ],
    [
      'a query string and a fragment',
      'https://appcenter.ms/users/alice/apps/hello?tab=overview#top',
      'alice',
      'hello',
      'user',
    ],
    [
      'a fragment right after the app name',
      'https://appcenter.ms/orgs/contoso/apps/shop#releases',
      'contoso',
      'shop',
      'org',
    ],
    [
      'percent-encoding',
      'https://appcenter.ms/users/alice/apps/My%20App',
      'alice',
      'My App',
      'user',
    ],
    [
      'encoded non-ASCII names',
      'https://appcenter.ms/orgs/%C3%A9quipe/apps/caf%C3%A9',
      'équipe',
      'café',
      'org',
    ],
    [
      'surrounding whitespace and a newline',
      '  \thttps://appcenter.ms/users/alice/apps/hello\n',
      'alice',
      'hello',
      'user',
    ],
    [
      'an upper-case host and segments, keeping the names’ case',
      'HTTPS://AppCenter.MS/Users/Alice/APPS/HelloWorld',
      'Alice',
      'HelloWorld',
      'user',
    ],
    [
      'the CLI form',
      'alice/hello-android',
      'alice',
      'hello-android',
      'unknown',
    ],
    [
      'the CLI form with dots and underscores',
      '  my.org/My_App.Beta ',
      'my.org',
      'My_App.Beta',
      'unknown',
    ],
    [
      'the CLI form with a trailing slash',
      'alice/hello/',
      'alice',
      'hello',
      'unknown',
    ],
    [
      'a path without the host',
      '/orgs/contoso/apps/shop/analytics',
      'contoso',
      'shop',
      'org',
    ],
    [
      'a path starting at users/',
      'users/alice/apps/hello',
      'alice',
      'hello',
      'user',
    ],
    [
      'a public download page',
      'https://install.appcenter.ms/orgs/contoso/apps/shop/distribution_groups/public',
      'contoso',
      'shop',
      'org',
    ],
    [
      'an API URL',
      'https://api.appcenter.ms/v0.1/apps/alice/hello',
      'alice',
      'hello',
      'unknown',
    ],
    [
      'an API URL below the app',
      'https://api.appcenter.ms/v0.1/apps/contoso/shop/releases/12?x=1',
      'contoso',
      'shop',
      'unknown',
    ],
    [
      'a sandbox request URL',
      'http://localhost:5173/sandbox/v0.1/apps/demo-user/hello-android/users',
      'demo-user',
      'hello-android',
      'unknown',
    ],
    [
      'a sandbox request URL without a scheme',
      'localhost:4173/sandbox/v0.1/apps/demo-user/hello-android',
      'demo-user',
      'hello-android',
      'unknown',
    ],
  ]

  it.each(valid)('accepts %s', (_label, input, owner, app, ownerKind) => {
    expect(parseAppUrl(input)).toEqual({
      ok: true,
      owner_name: owner,
      app_name: app,
      ownerKind,
    })
  })

  const invalid: [string, string, RegExp][] = [
    ['empty input', '', /paste your app's address/i],
    ['only whitespace', '  \n ', /paste your app's address/i],
    [
      'another host',
      'https://example.com/users/a/apps/b',
      /example\.com is not App Center/,
    ],
    [
      'a look-alike host',
      'https://appcenter.ms.example.com/users/a/apps/b',
      /appcenter\.ms\.example\.com is not App Center/,
    ],
    ['the App Center home page', 'https://appcenter.ms/', /home page/],
    ['the apps list page', 'https://appcenter.ms/apps', /list of your apps/],
    [
      'a user profile page',
      'https://appcenter.ms/users/a',
      /page of the user "a", not of one of their apps/,
    ],
    [
      'an organization page',
      'https://appcenter.ms/orgs/contoso/applications',
      /page of the organization "contoso"/,
    ],
    [
      'no app name after /apps/',
      'https://appcenter.ms/users/a/apps/',
      /names the user "a" but no app after \/apps\//,
    ],
    [
      'another App Center page',
      'https://appcenter.ms/settings',
      /App Center page \(\/settings\) is not an app's page/,
    ],
    [
      'another App Center page without a scheme',
      'appcenter.ms/settings',
      /\(\/settings\) is not an app's page/,
    ],
    [
      'an API URL that names no app',
      'https://api.appcenter.ms/v0.1/user',
      /API address, but it does not name an app/,
    ],
    [
      'an API URL with only the owner',
      'https://api.appcenter.ms/v0.1/apps/alice',
      /API address, but it does not name an app/,
    ],
    [
      'an App Secret',
      '5ec2e700-0000-4000-8000-000000000001',
      /App Secret .*not an address/,
    ],
    [
      'an App Secret in braces',
      '{5EC2E700-0000-4000-8000-000000000001}',
      /App Secret/,
    ],
    [
      'an API token',
      '0123456789abcdef0123456789abcdef01234567',
      /API token, not an address.*Authorize/,
    ],
    ['a javascript: URL', 'javascript:alert(1)', /starts with "javascript:"/],
    [
      'an ftp URL',
      'ftp://appcenter.ms/users/a/apps/b',
      /Only web addresses .* "ftp:"/,
    ],
    ['a data: URL', 'data:text/html,hi', /starts with "data:"/],
    [
      'malformed percent-encoding',
      'https://appcenter.ms/users/alice/apps/My%ZZApp',
      /app name "My%ZZApp" has a broken %-code/,
    ],
    [
      'a truncated percent-code in the owner',
      'https://appcenter.ms/orgs/caf%C3/apps/shop',
      /owner name "caf%C3" has a broken %-code/,
    ],
    [
      'an encoded slash in the app name',
      'https://appcenter.ms/users/alice/apps/a%2Fb',
      /app name "a\/b" contains a "\/"/,
    ],
    [
      'an encoded slash in the CLI form',
      'alice/a%2fb',
      /app name "a\/b" contains a "\/"/,
    ],
    ['a single word', 'hello', /"hello" is not an address we can read/],
    ['three names', 'alice/hello/extra', /is not an address we can read/],
    ['an encoded blank name', 'alice/%20', /app name is empty/],
  ]

  it.each(invalid)('rejects %s', (_label, input, message) => {
    const result = parseAppUrl(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('shows what a valid address looks like in every rejection', () => {
    for (const [, input] of invalid) {
      const result = parseAppUrl(input)
      if (result.ok) throw new Error(`accepted ${input}`)
      if (/broken %-code/.test(result.message)) continue
      expect(result.message).toMatch(
        /https:\/\/appcenter\.ms\/users\/\{owner\}\/apps\/\{app\}/,
      )
    }
  })
})
