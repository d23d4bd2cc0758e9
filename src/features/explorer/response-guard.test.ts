import { describe, expect, it } from 'vitest'
import {
  guardResponse,
  heldResponse,
  MAX_SHOWN_RESPONSE_CHARS,
  RESPONSE_PREVIEW_CHARS,
} from './response-guard'

describe('guardResponse', () => {
  it('passes an ordinary response through untouched', () => {
    const response = { status: 200, text: '{"a":1}', body: { a: 1 } }
    expect(guardResponse(response)).toEqual({ response, notice: null })
  })

  it('cuts a huge response to a preview and keeps the full text for download', () => {
    const text = 'x'.repeat(MAX_SHOWN_RESPONSE_CHARS + 1)
    const { response } = guardResponse({
      status: 200,
      text,
      body: 'parsed',
      obj: 'parsed',
      headers: { 'content-type': 'application/json' },
    })
    expect(response.text).toHaveLength(RESPONSE_PREVIEW_CHARS)
    expect(response.body).toBeUndefined()
    expect(response.obj).toBeUndefined()
    expect(heldResponse()).toEqual({
      preview: response.text,
      full: text,
      contentType: 'application/json',
    })
  })

  it('explains a redirect that was not followed', () => {
    const { response, notice } = guardResponse({ status: 0, text: '' })
    expect(response.statusText).toBe('Redirect not followed')
    expect(notice).toMatch(/redirect\. It was not followed/)
  })
})
