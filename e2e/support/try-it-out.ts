import { expect, type Locator, type Page } from '@playwright/test'
import { openFromIndex, openOperationBlock } from './explorer'

export interface TryItOut {
  /** Path values by parameter name; others keep what Swagger UI shows. */
  params?: Record<string, string>
  /** JSON for the request body editor. */
  body?: unknown
}

export interface Answer {
  block: Locator
  status: number
  json: unknown
}

/**
 * Runs one operation through Swagger UI's try-it-out as a user does: find it
 * in the index, turn Try it out on, type the path values and the body, and
 * press Execute. Returns the answer Swagger UI received and shows.
 */
export async function tryItOut(
  page: Page,
  method: string,
  path: string,
  input: TryItOut = {},
): Promise<Answer> {
  await openFromIndex(page, method, path)
  const block = openOperationBlock(page, method, path)
  const toggle = block.getByRole('button', { name: /^(Try it out|Cancel)$/ })
  if ((await toggle.textContent())?.trim() === 'Try it out')
    await toggle.click()
  for (const [name, value] of Object.entries(input.params ?? {})) {
    await block.locator(`tr[data-param-name="${name}"] input`).fill(value)
  }
  if (input.body !== undefined) {
    await block
      .locator('.body-param__text')
      .fill(JSON.stringify(input.body, null, 2))
  }
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === method &&
      new URL(response.url()).pathname.startsWith('/sandbox/v0.1/'),
  )
  await block.getByRole('button', { name: 'Execute' }).click()
  const response = await answered
  const text = await response.text()
  const status = response.status()
  // What Swagger UI shows is what came back.
  await expect(
    block.locator('.live-responses-table tbody .response-col_status').first(),
  ).toContainText(String(status))
  return {
    block,
    status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  }
}

/** Runs an operation that is already open again, as pressing Execute does. */
export async function executeAgain(
  page: Page,
  block: Locator,
  method: string,
): Promise<unknown> {
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === method &&
      new URL(response.url()).pathname.startsWith('/sandbox/v0.1/'),
  )
  await block.getByRole('button', { name: 'Execute' }).click()
  return (await answered).json()
}
