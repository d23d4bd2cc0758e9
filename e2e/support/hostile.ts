import { expect, type Page } from '@playwright/test'
import { openFromIndex } from './explorer'
import { FIXTURE_ORIGIN } from './paths'
import { carries, watchForLeaks } from './session'

/**
 * Watches a page fed hostile input: dialogs, the flag every payload tries to
 * set, where requests go and whether the token rides along.
 */
export function guardPage(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const leaks = watchForLeaks(page)
  return {
    async expectNothingHappened(
      options: { token?: string; allowedOrigins?: string[] } = {},
    ) {
      expect(dialogs, 'dialogs opened by a payload').toEqual([])
      expect(
        await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
        'flag set by a payload',
      ).toBeUndefined()
      const appOrigin = new URL(page.url()).origin
      const allowed = new Set([appOrigin, ...(options.allowedOrigins ?? [])])
      for (const request of await leaks.settled()) {
        const url = new URL(request.url)
        if (
          url.protocol === 'data:' ||
          url.protocol === 'blob:' ||
          request.blockedByPolicy
        )
          continue
        expect(allowed.has(url.origin), `request to ${request.url}`).toBe(true)
        if (options.token && carries(request, options.token)) {
          expect(url.origin).toBe(appOrigin)
          expect(url.pathname.startsWith('/sandbox/')).toBe(true)
        }
      }
      if (options.token) {
        expect(
          leaks.consoleMessages.filter((message) =>
            message.includes(options.token!),
          ),
        ).toEqual([])
      }
      // Nothing reached the fixture server's tracker or remote-schema paths, whatever the browser reported.
      const received = (await (
        await page.request.get(`${FIXTURE_ORIGIN}/__received`)
      ).json()) as Array<{ url: string }>
      expect(
        received.filter((r) =>
          /\/elsewhere\/(tracker|remote-schema|redirected)/.test(r.url),
        ),
      ).toEqual([])
      // The page still answers: the bundled description (back, if another was loaded) works.
      const back = page.getByRole('button', {
        name: 'Back to the App Center description',
      })
      if (await back.isVisible()) await back.click()
      await openFromIndex(page, 'GET', '/v0.1/user')
    },
  }
}
