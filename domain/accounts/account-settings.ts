import { ianaTimeZone } from '../consultations/time-zone.ts'
import { isLocale, type Locale } from '../i18n/locales.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { accountLimits } from './account-limits.ts'
import type { Role } from './roles.ts'

// What a person may change about their own account after signing up: the name
// others see, the language their emails are written in, and, for a
// coordinator, the time zone whose morning brings the daily digest. The email
// address and the role are not theirs to change here (an address is proved by
// a link, a role is given by an administrator or a clinic's team).

export type AccountSettings = { name: string; locale: Locale; digestTimeZone: string | null }

export type AccountSettingsInput = { name?: string; locale?: string; digestTimeZone?: string }

export type AccountSettingsProblem =
  | { code: 'account.name-missing'; field: 'name' }
  | { code: 'account.name-too-long'; field: 'name'; max: number }
  | { code: 'account.locale-choose'; field: 'locale' }
  | { code: 'account.time-zone-choose'; field: 'digestTimeZone' }

/**
 * A clinic's staff keep the name they joined with: a treating doctor's is
 * printed beside their registration number on every plan they sign, and
 * families read clinic staff's names, so it is not changed at will.
 */
export function mayRename(role: Role): boolean {
  return role !== 'clinic-staff'
}

/** Only coordinators get a daily digest, so only they are asked when their morning is. */
export function asksDigestTimeZone(role: Role): boolean {
  return role === 'coordinator'
}

export function checkAccountSettings(
  role: Role,
  input: AccountSettingsInput,
  current: { name: string },
): Result<AccountSettings, AccountSettingsProblem[]> {
  const problems: AccountSettingsProblem[] = []
  // A name that may not change stays as it is, whatever was sent.
  const name = mayRename(role) ? (input.name ?? '').trim() : current.name
  if (name === '') problems.push({ code: 'account.name-missing', field: 'name' })
  else if (name.length > accountLimits.nameMax)
    problems.push({ code: 'account.name-too-long', field: 'name', max: accountLimits.nameMax })
  const locale = input.locale
  if (!isLocale(locale)) problems.push({ code: 'account.locale-choose', field: 'locale' })
  let digestTimeZone: string | null = null
  if (asksDigestTimeZone(role)) {
    digestTimeZone = ianaTimeZone(input.digestTimeZone ?? '')
    if (digestTimeZone === null) problems.push({ code: 'account.time-zone-choose', field: 'digestTimeZone' })
  }
  if (problems.length > 0 || !isLocale(locale)) return err(problems)
  return ok({ name, locale, digestTimeZone })
}
