import { randomUUID } from 'node:crypto'
import { param, type Handler, type OperationInput } from '../context.ts'
import { newTokenValue } from '../credentials.ts'
import { SandboxError } from '../errors.ts'
import { accessApp, requireUserToken } from '../guards.ts'
import { jsonResponse, noContent } from '../json-response.ts'
import {
  addToken,
  countTokens,
  holderKey,
  removeToken,
  type ApiToken,
  type TokenScope,
} from '../model.ts'
import { tokenCreated, tokenListItem } from '../serialize.ts'
import { bodyObject, requireUuidParam, ruledString } from '../validate.ts'

// User tokens (/v0.1/api_tokens) and app tokens (/v0.1/apps/{o}/{a}/api_tokens)
// behave the same; only the holder differs: the user, or one app. Both act
// for a person (Basic or a user token): app tokens never manage tokens, and
// read-only tokens may only list them, so no limited token can mint a
// stronger one.

function appIdFor(
  input: OperationInput,
  action: 'list-tokens' | 'manage-tokens',
): string {
  return accessApp(
    input.state,
    input.actor,
    param(input, 'owner_name'),
    param(input, 'app_name'),
    action,
  ).app.id
}

function holderTokens(input: OperationInput, appId?: string): ApiToken[] {
  const key = holderKey({ userId: input.actor.userId, appId })
  const ids = input.state.tokensByHolder.get(key) ?? new Set<string>()
  return [...ids].flatMap((id) => input.state.tokens.get(id) ?? [])
}

function list(input: OperationInput, appId?: string): Response {
  return jsonResponse(holderTokens(input, appId).map(tokenListItem))
}

function create(input: OperationInput, appId?: string): Response {
  const body = bodyObject(input.body)
  const description = ruledString(body, 'description', {
    maxLength: 200,
    allowEmpty: true,
  })
  const scopes = (body.scope as TokenScope[] | undefined) ?? ['all']
  if (scopes.length === 0) {
    throw new SandboxError(
      'BadRequest',
      'Field "scope" must list all or viewer; leave it out for full access.',
    )
  }
  // "viewer" wins if both are listed: never grant more than asked.
  const scope: TokenScope = scopes.includes('viewer') ? 'viewer' : 'all'

  const token: ApiToken = {
    id: randomUUID(),
    value: newTokenValue(),
    description,
    scope,
    createdAt: input.now,
    userId: input.actor.userId,
    appId,
  }
  // Check and insert with no await in between, so concurrent creates can
  // never overshoot the cap.
  const max = input.options.maxTokensPerAccount
  if (countTokens(input.state, holderKey(token)) >= max) {
    const holder = appId ? 'This app' : 'This account'
    throw new SandboxError(
      'BadRequest',
      `${holder} already has ${max} API tokens, the most allowed. Delete one before creating another.`,
    )
  }
  addToken(input.state, token)
  return jsonResponse(tokenCreated(token), 201)
}

function revoke(input: OperationInput, appId?: string): Response {
  const id = requireUuidParam('api_token_id', param(input, 'api_token_id'))
  const token = input.state.tokens.get(id.toLowerCase())
  const key = holderKey({ userId: input.actor.userId, appId })
  if (!token || holderKey(token) !== key) {
    const where = appId ? 'this app' : 'your account'
    throw new SandboxError(
      'NotFound',
      `There is no API token with id ${id} on ${where}.`,
    )
  }
  removeToken(input.state, token)
  return noContent()
}

export const listUserTokens: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'list API tokens')
  return list(input)
}

export const createUserToken: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'create API tokens')
  return create(input)
}

export const deleteUserToken: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'delete API tokens')
  return revoke(input)
}

export const listAppTokens: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'list API tokens')
  return list(input, appIdFor(input, 'list-tokens'))
}

export const createAppToken: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'create API tokens')
  return create(input, appIdFor(input, 'manage-tokens'))
}

export const deleteAppToken: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'delete API tokens')
  return revoke(input, appIdFor(input, 'manage-tokens'))
}
