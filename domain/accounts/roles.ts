// Who someone is on Waypoint decides where they land and what they may reach.
export const roles = [
  'patient',
  'caregiver',
  'coordinator',
  'clinic-staff',
  'reviewer',
  'second-opinion-doctor',
  'admin',
] as const
export type Role = (typeof roles)[number]

export const staffRoles = [
  'coordinator',
  'clinic-staff',
  'reviewer',
  'second-opinion-doctor',
  'admin',
] as const satisfies readonly Role[]
export type StaffRole = (typeof staffRoles)[number]

export type Area = 'patient' | 'coordinator' | 'clinic' | 'reviewer' | 'second-opinions' | 'admin'

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

export function isStaff(role: Role): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role)
}

/** The signed-in landing page of each role. Caregivers act inside the patient area. */
export function homeAreaOf(role: Role): Area {
  switch (role) {
    case 'patient':
    case 'caregiver':
      return 'patient'
    case 'coordinator':
      return 'coordinator'
    case 'clinic-staff':
      return 'clinic'
    case 'reviewer':
      return 'reviewer'
    case 'second-opinion-doctor':
      return 'second-opinions'
    case 'admin':
      return 'admin'
  }
}

/** Which roles may enter an area. Admins may enter every staff area to support it. */
export function mayEnter(role: Role, area: Area): boolean {
  if (area === 'patient') return role === 'patient' || role === 'caregiver'
  if (role === 'admin') return true
  return homeAreaOf(role) === area
}

export type AccessDecision =
  | { kind: 'allow' }
  | { kind: 'sign-in' }
  | { kind: 'verify-email' }
  | { kind: 'enrol-two-factor' }
  | { kind: 'not-found' }

export type Viewer = { role: Role; emailVerified: boolean; twoFactorEnabled: boolean } | null

/**
 * Every staff role must have TOTP before it reaches a staff page; a patient area
 * is not found (rather than forbidden) for staff, so its existence leaks nothing.
 */
export function decideAreaAccess(viewer: Viewer, area: Area): AccessDecision {
  if (!viewer) return { kind: 'sign-in' }
  if (!mayEnter(viewer.role, area)) return { kind: 'not-found' }
  if (!viewer.emailVerified) return { kind: 'verify-email' }
  if (isStaff(viewer.role) && !viewer.twoFactorEnabled) return { kind: 'enrol-two-factor' }
  return { kind: 'allow' }
}

/** Staff must sign in in two steps; a family member chooses, and may turn it off again. */
export function mayTurnOffTwoStep(role: Role): boolean {
  return !isStaff(role)
}
