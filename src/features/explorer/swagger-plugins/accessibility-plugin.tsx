import {
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { CodeBlock } from '@/components/code-block'
import { CopyButton } from '@/components/copy-button'

interface ImmutableMapLike {
  get(key: string): unknown
  toObject(): Record<string, unknown>
}

interface SummaryPathProps {
  operationProps: ImmutableMapLike
}

/**
 * The path in an operation's summary, without the link Swagger UI puts
 * around it: the summary is a button, and a link inside a button is two
 * controls in one (axe: nested-interactive). The operation index and the
 * address bar carry the deep link instead.
 */
function SummaryPath({ operationProps }: SummaryPathProps) {
  const { deprecated, path } = operationProps.toObject() as {
    deprecated?: boolean
    path: string
  }
  const parts: ReactNode[] = []
  path.split(/(?=\/)/g).forEach((part, at) => {
    if (at > 0) parts.push(<wbr key={`b${at}`} />)
    parts.push(part)
  })
  return (
    <span
      className={
        deprecated ? 'opblock-summary-path__deprecated' : 'opblock-summary-path'
      }
      data-path={path}
    >
      <span>{parts}</span>
    </span>
  )
}

interface HighlightCodeProps {
  children?: string
  downloadable?: boolean
}

/** Swagger UI's code blocks (response bodies, examples) with a labelled Copy button of ours. */
function withCopyButton(Original: ComponentType<HighlightCodeProps>) {
  return function CopyableCode(props: HighlightCodeProps) {
    const text = typeof props.children === 'string' ? props.children : ''
    return (
      <div className="snippet swagger-snippet">
        <Original {...props} />
        {text && (
          <CopyButton
            text={text}
            label={props.downloadable ? 'Copy the response' : 'Copy example'}
          />
        )}
      </div>
    )
  }
}

interface SnippetGenerator {
  get(key: 'title'): string
  get(key: 'fn'): (request: unknown) => string
}

interface RequestSnippetsProps {
  request: unknown
  requestSnippetsSelectors: {
    getSnippetGenerators(): {
      entrySeq(): { toArray(): Array<[string, SnippetGenerator]> }
    }
  }
}

/**
 * Swagger UI's request snippets, rebuilt: its language tabs are clickable
 * divs a keyboard cannot reach, and its copy control is an unlabelled icon.
 * Same generators (so the token stays masked, secret-mask-plugin), real
 * buttons, a focusable block and a Copy button that says what it copies.
 */
function RequestSnippets({
  request,
  requestSnippetsSelectors,
}: RequestSnippetsProps) {
  const generators = requestSnippetsSelectors
    .getSnippetGenerators()
    .entrySeq()
    .toArray()
  const [active, setActive] = useState(generators[0]?.[0])
  const generator =
    generators.find(([key]) => key === active)?.[1] ?? generators[0]?.[1]
  if (!generator) return null
  const title = generator.get('title')
  const snippet = generator.get('fn')(request)
  return (
    <div className="request-snippets">
      <h4>Snippets</h4>
      <div className="snippet-tabs" role="group" aria-label="Snippet language">
        {generators.map(([key, candidate]) => (
          <button
            key={key}
            type="button"
            aria-pressed={key === active}
            onClick={() => setActive(key)}
          >
            {candidate.get('title')}
          </button>
        ))}
      </div>
      <div className="snippet">
        <CodeBlock label={`${title} command`} text={snippet} />
        <CopyButton text={snippet} label={`Copy ${title}`} />
      </div>
    </div>
  )
}

interface LiveResponseProps {
  response?: unknown
}

/**
 * After Execute, focus goes to what came back: otherwise it stays on the
 * Execute button, far above the answer a keyboard user is waiting for.
 */
function focusWhenAnswered(Original: ComponentType<LiveResponseProps>) {
  return function FocusedLiveResponse(props: LiveResponseProps) {
    const box = useRef<HTMLDivElement>(null)
    const seen = useRef<unknown>(null)
    useEffect(() => {
      if (!props.response || props.response === seen.current) return
      seen.current = props.response
      // Without scrolling: a scroll here (ours or focus's own) left the next operation's Execute sending nothing.
      box.current?.focus({ preventScroll: true })
    }, [props.response])
    return (
      <div
        ref={box}
        className="live-response"
        tabIndex={-1}
        role="region"
        aria-label="Server response"
      >
        <Original {...props} />
      </div>
    )
  }
}

export function accessibilityPlugin() {
  return {
    components: { OperationSummaryPath: SummaryPath, RequestSnippets },
    wrapComponents: {
      HighlightCode: withCopyButton,
      liveResponse: focusWhenAnswered,
    },
  }
}
