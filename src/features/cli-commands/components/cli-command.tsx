import { useEffect, useRef, useState } from 'react'
import { cliCommandFor, cliCommandLine } from '@/lib/appcenter-cli/cli-commands'
import { useAppSelection } from '@/stores/app-selection-store'
import '../cli-commands.css'

/** What the last press of Copy did, for which command line. */
interface CopyOutcome {
  state: 'copied' | 'select'
  line: string
}

/**
 * The `appcenter` command that does what an operation does, with the app
 * chosen in the first-call guide filled in, and a button that copies it.
 * Nothing for operations the CLI does not cover.
 */
export function CliCommand({ operationId }: { operationId: string | null }) {
  const selected = useAppSelection((state) => state.selected)
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null)
  const code = useRef<HTMLElement>(null)
  const command = cliCommandFor(operationId)
  const line = command ? cliCommandLine(command, selected) : ''
  // A command for another app is not the one that was copied.
  const copy = outcome?.line === line ? outcome.state : 'idle'

  useEffect(() => {
    if (outcome?.state !== 'copied') return
    const timer = window.setTimeout(() => setOutcome(null), 2000)
    return () => window.clearTimeout(timer)
  }, [outcome])

  if (!command) return null

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(line)
      setOutcome({ state: 'copied', line })
    } catch {
      // No clipboard here (an insecure origin, a denied permission): select it for the user to copy.
      const range = document.createRange()
      if (code.current) range.selectNodeContents(code.current)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      setOutcome({ state: 'select', line })
    }
  }

  return (
    <section className="cli-command" aria-label="App Center CLI">
      <h4 className="cli-command-title">App Center CLI</h4>
      <div className="cli-command-line">
        <code ref={code}>{line}</code>
        <button type="button" onClick={() => void onCopy()}>
          {copy === 'copied' ? 'Copied' : 'Copy command'}
        </button>
      </div>
      <p className="cli-command-note" role="status">
        {copy === 'select'
          ? 'Copying is not allowed here: the command is selected, press Ctrl+C (⌘C) to copy it.'
          : command.app && !selected
            ? 'Choose an app in the first-call guide to fill in --app.'
            : ''}
      </p>
    </section>
  )
}
