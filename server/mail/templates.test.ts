import { describe, expect, it } from 'vitest'
import { renderEmail } from './templates.ts'

describe('what an email says at its end', () => {
  it('tells people they may ignore an email only when it is one they might not have asked for', () => {
    const reset = renderEmail({
      template: 'reset-password',
      to: 'a@example.test',
      locale: 'en',
      params: { url: 'https://waypoint.example/reset' },
    })
    expect(reset.text).toContain('If you did not ask for this, you can ignore this email.')

    const alert = renderEmail({
      template: 'serious-adverse-event',
      to: 'coordinator@example.test',
      locale: 'fr',
      params: { url: 'https://waypoint.example/coordinator/cases/1/treatment', reference: 'WP-TEST01' },
    })
    expect(alert.text).not.toMatch(/ignore|ignorer/i)
    expect(alert.html).not.toMatch(/ignorer/i)
    expect(alert.text).toContain('WP-TEST01')
  })
})

describe('a referral closed because the family chose another clinic', () => {
  const closed = (locale: string) =>
    renderEmail({
      template: 'referral-closed',
      to: 'desk@clinic.example.test',
      locale,
      params: { url: 'https://waypoint.example/clinic/referrals/1', reference: 'WP-TEST01' },
    })

  it('says why it closed, in the clinic member’s language', () => {
    expect(closed('en').subject).toBe('Case WP-TEST01: the family chose another clinic’s plan')
    expect(closed('en').text).toContain(
      'The family of case WP-TEST01 has accepted another clinic’s plan, so their referral to your clinic is now closed.',
    )
    expect(closed('fr').text).toContain('a accepté le plan d’une autre clinique')
    expect(closed('ar').text).toContain('خطة عيادة أخرى')
    expect(closed('ar').html).toContain('dir="rtl"')
  })
})

describe('when a consultation is, in a consultation email', () => {
  const booked = (locale: string, timeZone: string) =>
    renderEmail({
      template: 'consultation-booked',
      to: 'desk@clinic.example.test',
      locale,
      params: {
        url: 'https://waypoint.example/clinic/referrals/1',
        reference: 'WP-TEST01',
        startsAt: '2027-03-30T09:30:00Z',
        minutes: 30,
        timeZone,
      },
    })

  it('names the zone as people read it, in their language, never by its IANA id', () => {
    const en = booked('en', 'Asia/Kolkata')
    expect(en.text).toContain('India Standard Time')
    expect(en.html).toContain('India Standard Time')
    expect(booked('fr', 'Asia/Kolkata').text).toContain('heure de l’Inde')
    expect(booked('ar', 'Asia/Amman').text).toContain('الأردن')
    for (const locale of ['en', 'fr', 'ar']) {
      for (const zone of ['Asia/Kolkata', 'Asia/Amman']) {
        const email = booked(locale, zone)
        expect(email.text).not.toContain(zone)
        expect(email.html).not.toContain(zone)
      }
    }
  })
})

describe('an invitation to help with a case', () => {
  it('names who sent it, so the person can tell whether they know them', () => {
    const invitation = renderEmail({
      template: 'case-invitation',
      to: 'aunt@example.test',
      locale: 'en',
      params: {
        url: 'https://waypoint.example/invitations/t',
        reference: 'WP-TEST01',
        inviter: 'Karim Haddad',
      },
    })
    expect(invitation.text).toContain('Karim Haddad has invited you to help with case WP-TEST01')
    expect(invitation.text).toContain('If you do not know Karim Haddad, you can ignore this email.')
    expect(invitation.text).not.toContain('If you did not ask for this')
  })
})

describe('an invitation to join a clinic’s team', () => {
  it('names the role as a sentence reads it, not as a column heading', () => {
    const invitation = renderEmail({
      template: 'clinic-invitation',
      to: 'doctor@clinic.example.test',
      locale: 'en',
      params: {
        url: 'https://waypoint.example/clinic-invitations/t',
        clinic: 'Lotus',
        clinicRole: 'treating-doctor',
      },
    })
    expect(invitation.text).toContain('on Waypoint, as a treating doctor.')
  })
})
