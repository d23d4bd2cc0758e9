import { useId, useRef, useState, type FormEvent } from 'react'
import { APPS_LIST_COMMAND_LINE } from '@/lib/appcenter-cli/apps-list-command'
import { useTextTypedBeforeHydration } from '@/lib/use-text-typed-before-hydration'
import { useAppSelection, type AppRef } from '@/stores/app-selection-store'
import { useApps } from '../api/list-apps'
import { useListAppUsers } from '../api/list-app-users'
import { CallAnswer, preloadCallAnswer } from './lazy-call-answer'

/** Step 5: owner_name and app_name for the next calls, from a portal URL or from the apps list. */
export function ChooseApp() {
  const selected = useAppSelection((state) => state.selected)
  const select = useAppSelection((state) => state.select)
  const [input, setInput] = useState('')
  const field = useRef<HTMLInputElement>(null)
  useTextTypedBeforeHydration(field, setInput)
  const [error, setError] = useState<string | null>(null)
  const [listing, setListing] = useState(false)
  const apps = useApps(listing)
  const users = useListAppUsers()
  const urlId = useId()
  const errorId = useId()

  const choose = (app: AppRef) => {
    select(app)
    users.reset()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    // The URL parser's rules load on first use, not with the page.
    const { parseAppUrl } = await import('../parse-app-url')
    // The field's own text: a submit kept from before the app took over is
    // made again before the state has caught up with what was typed.
    const parsed = parseAppUrl(field.current?.value ?? input)
    if (!parsed.ok) return setError(parsed.message)
    setError(null)
    choose({ owner_name: parsed.owner_name, app_name: parsed.app_name })
  }

  return (
    <div className="choose-app">
      <form onSubmit={(event) => void onSubmit(event)} className="inline-form">
        <label htmlFor={urlId}>App Center app URL</label>
        <input
          ref={field}
          id={urlId}
          type="text"
          inputMode="url"
          spellCheck={false}
          placeholder="https://appcenter.ms/users/you/apps/your-app"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setInput(event.target.value)}
        />
        <button type="submit">Get owner and app</button>
      </form>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="hint">
        Or list the apps this token can reach, as{' '}
        <code>{APPS_LIST_COMMAND_LINE}</code> does:{' '}
        <button
          type="button"
          onClick={() => {
            void preloadCallAnswer()
            if (listing) void apps.refetch()
            else setListing(true)
          }}
        >
          List my apps
        </button>
      </p>
      {apps.isFetching && <p className="hint">Listing apps…</p>}
      {apps.data?.apps && (
        <ul className="app-list" aria-label="Your apps">
          {apps.data.apps.map((app) => (
            <li key={`${app.owner_name}/${app.app_name}`}>
              <code>
                {app.owner_name}/{app.app_name}
              </code>{' '}
              <span className="hint">{app.display_name}</span>{' '}
              <button
                type="button"
                aria-label={`Use ${app.owner_name}/${app.app_name}`}
                onClick={() =>
                  choose({ owner_name: app.owner_name, app_name: app.app_name })
                }
              >
                Use
              </button>
            </li>
          ))}
        </ul>
      )}
      {apps.data && !apps.data.apps && <CallAnswer result={apps.data.result} />}
      {selected && (
        <div className="alert alert-ok" role="status">
          <p>
            <strong>
              owner_name = <code>{selected.owner_name}</code>, app_name ={' '}
              <code>{selected.app_name}</code>
            </strong>
            . Every operation below that takes them now has them filled in.
          </p>
          <button
            type="button"
            onClick={() => {
              void preloadCallAnswer()
              users.mutate(selected)
            }}
            disabled={users.isPending}
          >
            Next call: list the users of {selected.owner_name}/
            {selected.app_name}
          </button>
        </div>
      )}
      {users.data && <CallAnswer result={users.data} />}
    </div>
  )
}
