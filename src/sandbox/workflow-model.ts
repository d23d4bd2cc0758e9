// Records for the areas a user follows step by step: Distribute, CodePush,
// Build, and an organization's teams and invitations. Like model.ts, shaped
// for lookups; the handlers turn them into App Center's JSON.

export interface DistributionGroup {
  id: string
  name: string
  displayName: string
  isPublic: boolean
  /** Set for an app's own group; an org's shared group has orgId instead. */
  appId?: string
  orgId?: string
  /** Apps an org's shared group is attached to. */
  appIds: Set<string>
  /** Lower-cased email → when they were added. */
  members: Map<string, string>
  createdAt: string
}

export interface Destination {
  id: string
  name: string
  type: 'group' | 'tester'
}

export interface Release {
  id: number
  appId: string
  version: string
  shortVersion: string
  releaseNotes: string
  enabled: boolean
  uploadedAt: string
  size: number
  fingerprint: string
  destinations: Destination[]
}

export interface CodePushRelease {
  label: string
  appVersion: string
  description: string
  isDisabled: boolean
  isMandatory: boolean
  rollout: number
  packageHash: string
  size: number
  uploadTime: number
  releaseMethod: 'Upload' | 'Promote' | 'Rollback'
  releasedBy: string
  originalLabel?: string
  originalDeployment?: string
}

export interface Deployment {
  appId: string
  name: string
  key: string
  releases: CodePushRelease[]
}

export interface Branch {
  appId: string
  name: string
  commit: string
  config?: Record<string, unknown>
}

export interface Build {
  id: number
  appId: string
  branch: string
  commit: string
  queuedAtMs: number
  /** Decided when queued, revealed once the build finishes. */
  outcome: 'succeeded' | 'failed'
  cancelledAtMs?: number
  requestedBy: string
}

export interface Team {
  id: string
  name: string
  displayName: string
  description?: string
  userIds: Set<string>
  /** appId → the team's permission on it. */
  apps: Map<string, string>
}

export interface Invitation {
  email: string
  role: string
  invitedAt: string
  invitedBy: string
}

export interface WorkflowState {
  groups: Map<string, DistributionGroup>
  releases: Map<number, Release>
  nextReleaseId: number
  deployments: Deployment[]
  branches: Branch[]
  builds: Map<number, Build>
  nextBuildId: number
  /** orgId → its teams by name. */
  teams: Map<string, Map<string, Team>>
  /** orgId → pending invitations by lower-cased email. */
  orgInvitations: Map<string, Map<string, Invitation>>
}

/** Build phases come from the clock at read time, so nothing keeps running. */
export const BUILD_START_MS = 1000
export const BUILD_END_MS = 4000
