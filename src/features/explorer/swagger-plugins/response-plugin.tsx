import type { ComponentType } from 'react'
import { formatBytes } from '@/lib/format-bytes'
import { heldResponse, type HeldResponse } from '../response-guard'

interface ResponseBodyProps {
  content?: unknown
  contentType?: string
}

function download(held: HeldResponse) {
  const url = URL.createObjectURL(
    new Blob([held.full], { type: held.contentType }),
  )
  const link = document.createElement('a')
  link.href = url
  link.download = 'response.txt'
  link.click()
  // The click has started the download; the object URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

function TruncatedBody({ held }: { held: HeldResponse }) {
  return (
    <div className="truncated-response">
      <p className="hint">
        This response is {formatBytes(held.full.length)}, too large to show
        without freezing the page. The first {formatBytes(held.preview.length)}{' '}
        are shown as text.{' '}
        <button type="button" onClick={() => download(held)}>
          Download the full response
        </button>
      </p>
      <pre className="microlight">{held.preview}</pre>
    </div>
  )
}

/** Shows a cut response as plain text with a download; everything else as Swagger UI would. */
function guardResponseBody(Original: ComponentType<ResponseBodyProps>) {
  return function GuardedResponseBody(props: ResponseBodyProps) {
    const held = heldResponse()
    if (held && props.content === held.preview)
      return <TruncatedBody held={held} />
    return <Original {...props} />
  }
}

export function responsePlugin() {
  return { wrapComponents: { responseBody: guardResponseBody } }
}
