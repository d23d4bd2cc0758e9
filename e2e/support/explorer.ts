import { expect, type Locator, type Page } from '@playwright/test'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** An operation's summary button in Swagger UI, found by its accessible name ("GET /v0.1/user …"). */
export function operation(page: Page, method: string, path: string): Locator {
  return page
    .getByRole('region', { name: 'API reference' })
    .getByRole('button', {
      name: new RegExp(`^${method.toUpperCase()} ${escapeRegExp(path)}(\\s|$)`),
    })
}

/** Swagger UI's block for an operation, once it is expanded. */
export function openOperationBlock(
  page: Page,
  method: string,
  path: string,
): Locator {
  return page
    .locator(`.opblock-${method.toLowerCase()}.is-open`, {
      has: page.locator(`.opblock-summary-path[data-path="${path}"]`),
    })
    .first()
}

/**
 * Runs an operation in Swagger UI the way a user does: expands it (unless
 * it is open), turns Try it out on (unless it is on) and presses Execute.
 * Returns the operation's block, where the response shows.
 */
export async function executeOperation(
  page: Page,
  method: string,
  path: string,
): Promise<Locator> {
  const summary = operation(page, method, path)
  if ((await summary.getAttribute('aria-expanded')) !== 'true')
    await summary.click()
  const block = openOperationBlock(page, method, path)
  // Try it out reads "Cancel" once it is on.
  const toggle = block.getByRole('button', { name: /^(Try it out|Cancel)$/ })
  await expect(toggle).toBeVisible()
  if ((await toggle.textContent())?.trim() === 'Try it out')
    await toggle.click()
  await block.getByRole('button', { name: 'Execute' }).click()
  return block
}

/** The operation index beside Swagger UI. */
export function operationIndex(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Operations' })
}

/** An operation's link in the index, found by its accessible name ("GET /v0.1/user …"). */
export function indexEntry(page: Page, method: string, path: string): Locator {
  return operationIndex(page).getByRole('link', {
    name: new RegExp(`^${method.toUpperCase()} ${escapeRegExp(path)}(\\s|$)`),
  })
}

/**
 * Opens an operation the way a user does on a large description: filter the
 * index, click the entry, and find it expanded in Swagger UI.
 */
export async function openFromIndex(
  page: Page,
  method: string,
  path: string,
): Promise<Locator> {
  await operationIndex(page)
    .getByLabel('Filter operations')
    .fill(`${method} ${path}`)
  await indexEntry(page, method, path).click()
  const opened = operation(page, method, path)
  await expect(opened).toHaveAttribute('aria-expanded', 'true')
  return opened
}

export function descriptionStatus(page: Page): Locator {
  return page.getByText(/^Showing .* operations\) from /)
}

/**
 * Waits until the bundled App Center description is on screen. It is large
 * (355 operations), so Swagger UI shows one tag at a time: GET /v0.1/user
 * is found in the index, and opened from there (see openFromIndex).
 */
export async function openBundled(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(indexEntry(page, 'GET', '/v0.1/user')).toBeVisible()
}

/** Loads a description through the URL box. */
export async function loadByUrl(page: Page, url: string): Promise<void> {
  await page.getByLabel('Description URL').fill(url)
  await page.getByRole('button', { name: 'Load', exact: true }).click()
}

/** Picks a file through the file input ("Open a file…"). */
export async function loadFile(page: Page, filePath: string): Promise<void> {
  await page.getByLabel('Open a file…').setInputFiles(filePath)
}
