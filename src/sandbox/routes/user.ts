import { currentUser, type Handler } from '../context.ts'
import { requireUserToken } from '../guards.ts'
import { jsonResponse } from '../json-response.ts'
import { userProfile } from '../serialize.ts'
import { bodyObject, ruledString } from '../validate.ts'

export const getUser: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'read', 'read the user profile')
  return jsonResponse(userProfile(currentUser(input)))
}

export const updateUser: Handler = (input) => {
  requireUserToken(input.state, input.actor, 'write', 'change the user profile')
  const displayName = ruledString(bodyObject(input.body), 'display_name', {
    maxLength: 100,
  })
  const user = currentUser(input)
  if (displayName !== undefined) user.displayName = displayName.trim()
  return jsonResponse(userProfile(user))
}
