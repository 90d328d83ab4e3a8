import { isLocale } from '../i18n/locales.ts'

// What an account may hold: the same limits for the sign-up form
// (app/forms/account-forms.ts) and for better-auth's own endpoints
// (server/auth/input-limits-plugin.ts), so no door stores more than another.
export const accountLimits = {
  nameMax: 200,
  /** RFC 5321: a path is at most 256 octets, so an address at most 254. */
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 128,
} as const

export type AccountField = 'name' | 'email' | 'locale' | 'image'

/**
 * The fields of an account change (sign-up or an update) that break the
 * limits. Absent fields are not checked: an update may change only one.
 */
export function accountInputProblems(input: Partial<Record<AccountField, unknown>>): AccountField[] {
  const problems: AccountField[] = []
  if ('name' in input) {
    const name = input.name
    if (typeof name !== 'string' || name.trim() === '' || name.trim().length > accountLimits.nameMax)
      problems.push('name')
  }
  if ('email' in input) {
    const email = input.email
    if (typeof email !== 'string' || email.length > accountLimits.emailMax) problems.push('email')
  }
  if ('locale' in input && input.locale !== undefined && !isLocale(input.locale)) problems.push('locale')
  // Waypoint shows no pictures of people; nothing may be stored there.
  if ('image' in input && input.image !== undefined && input.image !== null && input.image !== '')
    problems.push('image')
  return problems
}
