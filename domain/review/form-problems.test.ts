import { expect, test } from 'vitest'
import { en } from '../i18n/messages/en.ts'
import { checkApplication } from './clinic-application.ts'
import { checkCredential } from './credential-form.ts'
import { credentialKinds } from './credentials.ts'
import { checkOffer } from './offer-form.ts'

// A field's problem is worded "Enter {what}" with the field's subject from
// onboarding.what.<field>: every field a form can name must have one, or the
// message would show a bare key.
test('every field the onboarding forms can refuse has words for its subject', () => {
  const long = 'x'.repeat(5000)
  const everything = { title: long, name: long, city: long, scope: long, protocol: long, claimsText: long }
  const results = [
    checkApplication({}),
    checkApplication(everything),
    ...credentialKinds.map((credentialKind) => checkCredential({ credentialKind, accreditor: 'other' })),
    checkCredential({ ...everything, credentialKind: 'accreditation' }),
    checkOffer({}, { treatmentIds: [], conditionIds: [], locale: 'en' }),
    checkOffer(
      { ...everything, pathway: 'registered-trial', sessions: 'x', lengthOfStayDays: 'x', priceMin: '1' },
      { treatmentIds: [], conditionIds: [], locale: 'en' },
    ),
  ]
  const fields = new Set(results.flatMap((r) => (r.ok ? [] : r.error.map((p) => p.field))))
  expect(fields.size).toBeGreaterThan(25)
  const missing = [...fields].filter((f) => !(`onboarding.what.${f}` in en))
  expect(missing).toEqual([])
})
