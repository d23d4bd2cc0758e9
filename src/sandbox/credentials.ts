import { randomBytes } from 'node:crypto'

// Demo secrets are random per process, never committed: anyone who can read
// the repo must not be able to call a running sandbox. They are made once at
// module load so reset() (and every sandbox in this process) hands out the
// same values and a token pasted into the UI keeps working after a reset.

/** App Center API tokens are 40 lowercase hex characters. */
export function newTokenValue(): string {
  return randomBytes(20).toString('hex')
}

export interface DemoSecrets {
  basicPassword: string
  userFull: string
  userReadOnly: string
  appFull: string
  appReadOnly: string
}

export const demoSecrets: DemoSecrets = Object.freeze({
  basicPassword: randomBytes(12).toString('base64url'),
  userFull: newTokenValue(),
  userReadOnly: newTokenValue(),
  appFull: newTokenValue(),
  appReadOnly: newTokenValue(),
})
