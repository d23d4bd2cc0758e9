import { currentUser, type Handler } from '../context.ts'
import { requireUserToken } from '../guards.ts'
import { jsonResponse } from '../json-response.ts'
import { userProfile } from '../serialize.ts'
import { optionalString, requireObject } from '../validate.ts'

export const getUser: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'read the user profile')
  return jsonResponse(userProfile(currentUser(input)))
}

export const updateUser: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'change the user profile')
  const body = requireObject(input.body)
  const displayName = optionalString(body, 'display_name', { maxLength: 100 })
  const user = currentUser(input)
  if (displayName !== undefined) user.displayName = displayName.trim()
  return jsonResponse(userProfile(user))
}
