// A clinic is an organisation; its staff are members with one of these roles
// (issue 15). The international desk handles the family's enquiry and the
// paperwork, the treating doctor makes the clinical calls and signs the plan,
// and the clinic administrator manages who is a member.
export const clinicRoles = ['international-desk', 'treating-doctor', 'clinic-administrator'] as const
export type ClinicRole = (typeof clinicRoles)[number]

export function isClinicRole(value: unknown): value is ClinicRole {
  return typeof value === 'string' && (clinicRoles as readonly string[]).includes(value)
}
