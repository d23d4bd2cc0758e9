import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
} from 'react'
import { useLoadDescription } from '../api/load-description'
import { useSpec } from '../api/get-spec'
import { isDescriptionError } from '../description-error'
import {
  BUNDLED_SOURCE,
  resolveDescriptionUrl,
  sourceKey,
  sourceLabel,
  type DescriptionSource,
} from '../description-source'
import { useDescriptionStore } from '../description-store'
import { registerFile } from '../file-registry'
import { useKeptFileNotice } from '../kept-file'
import { useFileDrop } from '../use-file-drop'
import { ConsentPrompt } from './consent-prompt'

function errorMessage(error: unknown): string {
  if (isDescriptionError(error)) return error.message
  return `The description could not be loaded: ${error instanceof Error ? error.message : String(error)}`
}

/** Chooses which description the explorer shows: bundled, by URL, or from a file. */
export function DescriptionPicker() {
  const displayed = useDescriptionStore((state) => state.displayed)
  const startupUrl = useDescriptionStore((state) => state.startupUrl)
  const consentUrl = useDescriptionStore((state) => state.consentUrl)
  const startupError = useDescriptionStore((state) => state.startupError)
  const clearStartup = useDescriptionStore((state) => state.clearStartup)
  const setDisplayed = useDescriptionStore((state) => state.setDisplayed)
  const load = useLoadDescription()
  const keptFileNotice = useKeptFileNotice((state) => state.notice)
  const shown = useSpec(displayed)
  const [urlInput, setUrlInput] = useState(startupUrl ?? consentUrl ?? '')
  const [inputError, setInputError] = useState<string | null>(startupError)
  const fileInput = useRef<HTMLInputElement>(null)
  const urlId = useId()
  const fileId = useId()

  const loadSource = useCallback(
    (source: DescriptionSource) => {
      setInputError(null)
      load.mutate(source)
    },
    [load],
  )

  // A same-origin ?url= loads at once; if it fails, the bundled description takes its place.
  const { mutate } = load
  useEffect(() => {
    if (!startupUrl) return
    clearStartup()
    mutate(
      { kind: 'url', url: startupUrl },
      { onError: () => setDisplayed(BUNDLED_SOURCE) },
    )
  }, [startupUrl, clearStartup, mutate, setDisplayed])

  const loadFile = useCallback(
    (file: File) =>
      loadSource({ kind: 'file', id: registerFile(file), name: file.name }),
    [loadSource],
  )
  const dragging = useFileDrop(loadFile)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    try {
      const url = resolveDescriptionUrl(urlInput, window.location.href).href
      loadSource({ kind: 'url', url })
    } catch (error) {
      setInputError(errorMessage(error))
    }
  }

  const problem =
    inputError ??
    (load.isError ? errorMessage(load.error) : null) ??
    (shown.isError ? errorMessage(shown.error) : null)
  const description = shown.data

  return (
    <section className="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading" className="visually-hidden">
        Description
      </h2>
      {consentUrl && (
        <ConsentPrompt
          url={consentUrl}
          onAccept={() => {
            clearStartup()
            loadSource({ kind: 'url', url: consentUrl })
          }}
          onDecline={clearStartup}
        />
      )}
      <form className="picker-row" onSubmit={onSubmit}>
        <label htmlFor={urlId}>Description URL</label>
        <input
          id={urlId}
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://example.com/openapi.json"
          value={urlInput}
          onChange={(event) => setUrlInput(event.target.value)}
        />
        <button type="submit" disabled={load.isPending}>
          Load
        </button>
        <span className="picker-or" aria-hidden="true">
          or
        </span>
        <label htmlFor={fileId} className="button-like">
          Open a file…
        </label>
        <input
          id={fileId}
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) loadFile(file)
            // Let the same file be picked again after an edit.
            event.target.value = ''
          }}
        />
        {displayed?.kind !== 'bundled' && (
          <button type="button" onClick={() => loadSource(BUNDLED_SOURCE)}>
            Back to the App Center description
          </button>
        )}
      </form>
      <p
        className="picker-status"
        aria-live="polite"
        aria-busy={load.isPending}
      >
        {load.isPending
          ? 'Loading the description…'
          : description && displayed
            ? `Showing ${description.title} (${description.version}, ${description.operationCount} operations) from ${sourceLabel(displayed)}.`
            : null}
      </p>
      {keptFileNotice && <p className="picker-status">{keptFileNotice}</p>}
      {problem && (
        <div
          role="alert"
          className="alert alert-error"
          key={displayed ? sourceKey(displayed) : 'none'}
        >
          <strong>Could not load the description.</strong> {problem}
          {description && ' The description shown before is still here.'}
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the file to load it as the description
        </div>
      )}
    </section>
  )
}
