import { describe, expect, test } from 'vitest'
import { accountLimits } from './account-limits.ts'
import { asksDigestTimeZone, checkAccountSettings } from './account-settings.ts'

const was = { name: 'Former name' }

describe('account settings', () => {
  test('a family member changes their name and the language of their emails', () => {
    expect(checkAccountSettings('patient', { name: '  Amira Haddad ', locale: 'ar' }, was)).toEqual({
      ok: true,
      value: { name: 'Amira Haddad', locale: 'ar', digestTimeZone: null },
    })
  })

  test('a time zone sent by someone who gets no digest is ignored, not stored', () => {
    const checked = checkAccountSettings(
      'reviewer',
      { name: 'Dr Rao', locale: 'en', digestTimeZone: 'Asia/Kolkata' },
      was,
    )
    expect(checked.ok && checked.value.digestTimeZone).toBeNull()
  })

  test('a coordinator gives the zone of their mornings, kept under its current name', () => {
    const checked = checkAccountSettings(
      'coordinator',
      { name: 'Sam', locale: 'fr', digestTimeZone: 'Asia/Calcutta' },
      was,
    )
    expect(checked).toEqual({
      ok: true,
      value: { name: 'Sam', locale: 'fr', digestTimeZone: 'Asia/Kolkata' },
    })
  })

  test.each([
    ['a blank name', { name: '   ', locale: 'en' }, [{ code: 'account.name-missing', field: 'name' }]],
    [
      'a name over the limit',
      { name: 'x'.repeat(accountLimits.nameMax + 1), locale: 'en' },
      [{ code: 'account.name-too-long', field: 'name', max: accountLimits.nameMax }],
    ],
    [
      'a language we do not write in',
      { name: 'A', locale: 'de' },
      [{ code: 'account.locale-choose', field: 'locale' }],
    ],
    ['no language', { name: 'A' }, [{ code: 'account.locale-choose', field: 'locale' }]],
  ])('%s is refused on its field', (_what, input, problems) => {
    expect(checkAccountSettings('patient', input, was)).toEqual({ ok: false, error: problems })
  })

  test.each(['', '+05:30', 'EST5EDT', 'Mars/Olympus_Mons'])(
    'a coordinator’s time zone %j is refused',
    (digestTimeZone) => {
      expect(checkAccountSettings('coordinator', { name: 'Sam', locale: 'en', digestTimeZone }, was)).toEqual(
        {
          ok: false,
          error: [{ code: 'account.time-zone-choose', field: 'digestTimeZone' }],
        },
      )
    },
  )

  test('every problem is reported at once', () => {
    const checked = checkAccountSettings(
      'coordinator',
      { name: '', locale: 'xx', digestTimeZone: 'nowhere' },
      was,
    )
    expect(checked.ok ? [] : checked.error.map((p) => p.field)).toEqual(['name', 'locale', 'digestTimeZone'])
  })

  test('only coordinators are asked for a digest time zone', () => {
    expect(asksDigestTimeZone('coordinator')).toBe(true)
    for (const role of ['patient', 'clinic-staff', 'reviewer', 'admin'] as const)
      expect(asksDigestTimeZone(role)).toBe(false)
  })
})

test('a clinic’s staff keep their name: it is printed beside a doctor’s registration on every plan', () => {
  expect(
    checkAccountSettings('clinic-staff', { name: 'Someone else', locale: 'fr' }, { name: 'Dr Ananya Rao' }),
  ).toEqual({
    ok: true,
    value: { name: 'Dr Ananya Rao', locale: 'fr', digestTimeZone: null },
  })
})
