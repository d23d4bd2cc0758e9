import { randomUUID } from 'node:crypto'
import { SandboxError } from '../errors.ts'
import { sameName, type App, type Owner, type SandboxState } from '../model.ts'
import { bodyObject, ruledString } from '../validate.ts'

// Field rules shared by POST /v0.1/apps, POST /v0.1/orgs/{org}/apps and
// PATCH /v0.1/apps/{owner}/{app}.

export const APP_NAME_RULE = {
  maxLength: 64,
  pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  hint: 'an app name may only use letters, digits, "-", "_" and ".", and must start with a letter or digit',
}
const DISPLAY_NAME_RULE = { maxLength: 100 }
const DESCRIPTION_RULE = { maxLength: 1000, allowEmpty: true }
const RELEASE_TYPE_RULE = {
  maxLength: 32,
  pattern: /^[A-Z0-9][a-z0-9]*$/,
  hint: 'a release type is one word that starts with a capital letter or digit followed by lowercase letters or digits, such as Beta',
}
const ICON_URL_RULE = {
  maxLength: 2048,
  pattern: /^https?:\/\/\S+$/,
  hint: 'it must be an http or https URL',
}

export interface NewApp {
  displayName: string
  name: string
  description?: string
  releaseType?: string
  os: App['os']
  platform: App['platform']
}

/** The URL name App Center derives from a display name when none is given. */
function nameFrom(displayName: string): string {
  return displayName
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, APP_NAME_RULE.maxLength)
}

export function parseNewApp(raw: unknown): NewApp {
  const body = bodyObject(raw)
  // The description makes display_name, os and platform required.
  const displayName = ruledString(body, 'display_name', DISPLAY_NAME_RULE) ?? ''
  const os = body.os as App['os']
  const platform = body.platform as App['platform']
  const explicitName = ruledString(body, 'name', APP_NAME_RULE)
  const name = explicitName ?? nameFrom(displayName)
  if (name === '') {
    throw new SandboxError(
      'BadRequest',
      'Field "name" is needed here: display_name has no letters or digits to make a URL name from.',
    )
  }
  return {
    displayName: displayName.trim(),
    name,
    os,
    platform,
    description: ruledString(body, 'description', DESCRIPTION_RULE),
    releaseType: ruledString(body, 'release_type', RELEASE_TYPE_RULE),
  }
}

export interface AppPatch {
  displayName?: string
  name?: string
  description?: string
  releaseType?: string
  iconUrl?: string
}

export function parseAppPatch(raw: unknown): AppPatch {
  const body = bodyObject(raw)
  return {
    displayName: ruledString(body, 'display_name', DISPLAY_NAME_RULE)?.trim(),
    name: ruledString(body, 'name', APP_NAME_RULE),
    description: ruledString(body, 'description', DESCRIPTION_RULE),
    releaseType: ruledString(body, 'release_type', RELEASE_TYPE_RULE),
    iconUrl: ruledString(body, 'icon_url', ICON_URL_RULE),
  }
}

export function requireFreeName(
  state: SandboxState,
  owner: Owner,
  ownerName: string,
  name: string,
  except?: App,
): void {
  for (const app of state.apps.values()) {
    if (app === except) continue
    if (app.owner.id === owner.id && sameName(app.name, name)) {
      throw new SandboxError(
        'Conflict',
        `${ownerName} already has an app named "${app.name}". Pick another name.`,
      )
    }
  }
}

export function insertApp(
  state: SandboxState,
  owner: Owner,
  ownerName: string,
  input: NewApp,
  creatorId: string,
  now: string,
): App {
  requireFreeName(state, owner, ownerName, input.name)
  const app: App = {
    id: randomUUID(),
    name: input.name,
    displayName: input.displayName,
    description: input.description,
    releaseType: input.releaseType,
    os: input.os,
    platform: input.platform,
    appSecret: randomUUID(),
    owner,
    createdAt: now,
    updatedAt: now,
    members: new Map([[creatorId, ['manager']]]),
  }
  state.apps.set(app.id, app)
  return app
}
