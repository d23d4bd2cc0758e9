import { expect, test } from '@playwright/test'

/** A full-access demo user token, asked of the sandbox over plain HTTP. */
async function fullUserToken(baseURL: string) {
  const response = await fetch(`${baseURL}/sandbox/_sandbox/demo`)
  const demo = (await response.json()) as {
    tokens: Array<{ value: string; kind: string; access: string }>
  }
  return demo.tokens.find(
    (token) => token.kind === 'user' && token.access === 'full',
  )!
}

/** The sandbox behind the preview server, called from Node the way curl or a script would. */
test.describe('the sandbox over HTTP, outside the browser', () => {
  test('answers GET /v0.1/user for a demo token, and explains a missing one', async ({
    baseURL,
  }) => {
    const user = await fullUserToken(baseURL!)
    const ok = await fetch(`${baseURL}/sandbox/v0.1/user`, {
      headers: { 'X-API-Token': user.value },
    })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({
      name: 'demo-user',
      display_name: 'Demo User',
    })

    const missing = await fetch(`${baseURL}/sandbox/v0.1/user`)
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({
      error: { code: 'Unauthorized' },
    })
  })

  test('answers 411 to a POST without a body and 404 to a path it does not describe', async ({
    baseURL,
  }) => {
    const user = await fullUserToken(baseURL!)
    const noBody = await fetch(`${baseURL}/sandbox/v0.1/apps`, {
      method: 'POST',
      headers: { 'X-API-Token': user.value },
    })
    expect(noBody.status).toBe(411)
    const unknown = await fetch(`${baseURL}/sandbox/v0.1/nothing-here`, {
      headers: { 'X-API-Token': user.value },
    })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: { code: 'NotFound' } })
  })
})
