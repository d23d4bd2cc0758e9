import { act, useRef, useState } from 'react'
import { renderToString } from 'react-dom/server'
import { hydrateRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { useTextTypedBeforeHydration } from './use-text-typed-before-hydration'

function Field() {
  const [text, setText] = useState('')
  const field = useRef<HTMLInputElement>(null)
  useTextTypedBeforeHydration(field, setText)
  return (
    <>
      <input
        ref={field}
        aria-label="field"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <output>{text}</output>
    </>
  )
}

/** The server's page, typed into before the app hydrates it. */
async function hydrateAfterTyping(typed: string) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(<Field />)
  document.body.append(container)
  container.querySelector('input')!.value = typed
  await act(async () => {
    hydrateRoot(container, <Field />)
  })
  return container
}

describe('useTextTypedBeforeHydration', () => {
  it('hands text typed into the server’s page to the state, which keeps it on screen', async () => {
    const container = await hydrateAfterTyping('owner/app')
    expect(container.querySelector('output')?.textContent).toBe('owner/app')
    expect(container.querySelector('input')?.value).toBe('owner/app')
    container.remove()
  })

  it('leaves the state alone when nothing was typed', async () => {
    const container = await hydrateAfterTyping('')
    expect(container.querySelector('output')?.textContent).toBe('')
    container.remove()
  })
})
