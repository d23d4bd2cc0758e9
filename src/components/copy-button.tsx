import { useEffect, useState } from 'react'

const SHOWN_MS = 2000

/** Copies through the Clipboard API, or a selected textarea where that is not allowed (http on another host). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    return copied
  }
}

/**
 * "Copy", named for what it copies ("Copy curl"); says "Copied"
 * politely, so a screen reader hears it without losing its place.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [state])
  return (
    <>
      <button
        type="button"
        className="copy-button"
        aria-label={label}
        onClick={() =>
          void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))
        }
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Could not copy: select the text and copy it instead'
            : ''}
      </span>
    </>
  )
}
