import { describe, expect, test } from 'vitest'
import { clinicRoles } from '../clinics/clinic-roles.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { asCaseId, asProviderId, asQuoteId, asReferralId } from '../shared/ids.ts'
import {
  availableReferralCommands,
  decideReferral,
  MAX_REFERRAL_TEXT,
  type ReferralRole,
} from './decide-referral.ts'
import {
  finalReferralStatuses,
  referralStatuses,
  type Referral,
  type ReferralActor,
  type ReferralCommand,
  type ReferralCommandType,
  type ReferralQuote,
  type ReferralStatus,
} from './referral.ts'

const clinicA = asProviderId('clinic-a')
const clinicB = asProviderId('clinic-b')
const quote: ReferralQuote = {
  id: asQuoteId('0b8f3a52-1c1e-4a4e-9d55-5e2f4a3f1a01'),
  validUntil: '2031-04-30' as CalendarDate,
  timeZone: 'Asia/Kolkata',
}
const newQuote: ReferralQuote = { ...quote, id: asQuoteId('0b8f3a52-1c1e-4a4e-9d55-5e2f4a3f1a02') }
// Before the quote's last day, and after it (1 May 2031 has begun in Kolkata).
const now = new Date('2031-03-14T09:00:00Z')
const later = new Date('2031-04-30T19:00:00Z')

const referral = (status: ReferralStatus, over: Partial<Referral> = {}): Referral => ({
  id: asReferralId('5d0c8f4e-9f5b-4c52-a1c4-8f0e2d7b6c01'),
  caseId: asCaseId('7a1e0d2c-3b4f-4e5a-8c6d-9e0f1a2b3c4d'),
  providerId: clinicA,
  status,
  quote: status === 'plan-proposed' || status === 'accepted' ? quote : null,
  ...over,
})

const roles: ReferralRole[] = [
  'coordinator',
  'patient',
  'representative',
  'caregiver',
  'system',
  ...clinicRoles,
]
const actorOf = (role: ReferralRole): ReferralActor =>
  role === 'coordinator' ||
  role === 'patient' ||
  role === 'representative' ||
  role === 'caregiver' ||
  role === 'system'
    ? { kind: role }
    : { kind: 'clinic-member', providerId: clinicA, role }

// A well-formed command of each type, so only who and when decide.
const commands: Record<ReferralCommandType, ReferralCommand> = {
  open: { type: 'open' },
  'start-evaluation': { type: 'start-evaluation' },
  'request-information': { type: 'request-information', question: 'Is there a recent spirometry (FVC)?' },
  'provide-information': { type: 'provide-information', answer: 'Yes, uploaded: FVC 71% in February.' },
  'propose-plan': { type: 'propose-plan', quote: newQuote },
  'declare-not-eligible': {
    type: 'declare-not-eligible',
    reason: 'condition-too-advanced',
    explanation: 'Breathing support needs come first.',
  },
  decline: { type: 'decline', reason: 'no-capacity' },
  accept: { type: 'accept', quoteId: quote.id },
  'decline-plan': { type: 'decline-plan' },
  expire: { type: 'expire' },
  withdraw: { type: 'withdraw', reason: 'coordinator-decision' },
  close: { type: 'close', acceptedReferralId: asReferralId('5d0c8f4e-9f5b-4c52-a1c4-8f0e2d7b6c02') },
}
const whenFor = (type: ReferralCommandType) => (type === 'expire' ? later : now)

// The life cycle of issue 15, written out: command → from statuses → who.
const desk = 'international-desk'
const doctor = 'treating-doctor'
const admin = 'clinic-administrator'
const family = ['patient', 'representative', 'caregiver'] as const
const beforeAnswer = [
  'sent',
  'opened',
  'evaluating',
  'information-requested',
  'information-provided',
] as const
const spec: Record<
  ReferralCommandType,
  [readonly ReferralStatus[], ReferralStatus, readonly ReferralRole[]]
> = {
  open: [['sent'], 'opened', [desk, doctor, admin]],
  'start-evaluation': [['opened'], 'evaluating', [desk, doctor]],
  'request-information': [['evaluating', 'information-provided'], 'information-requested', [desk, doctor]],
  'provide-information': [['information-requested'], 'information-provided', ['coordinator', ...family]],
  'propose-plan': [['evaluating', 'information-provided', 'plan-proposed'], 'plan-proposed', [doctor]],
  'declare-not-eligible': [
    ['evaluating', 'information-requested', 'information-provided'],
    'not-eligible',
    [doctor],
  ],
  decline: [beforeAnswer, 'declined-by-clinic', [desk, doctor, admin]],
  accept: [['plan-proposed'], 'accepted', ['patient', 'representative']],
  'decline-plan': [['plan-proposed'], 'declined-by-patient', ['patient', 'representative']],
  expire: [['plan-proposed'], 'expired', ['system']],
  withdraw: [[...beforeAnswer, 'plan-proposed', 'accepted'], 'withdrawn', ['coordinator', ...family]],
  close: [[...beforeAnswer, 'plan-proposed'], 'closed', ['system']],
}
const types = Object.keys(spec) as ReferralCommandType[]

describe('the referral life cycle', () => {
  const allowed = types.flatMap((type) => {
    const [from, to, by] = spec[type]
    return from.flatMap((status) => by.map((role) => [type, status, role, to] as const))
  })

  test.each(allowed)('%s from %s by %s leads to %s', (type, status, role, to) => {
    const r = decideReferral(referral(status), actorOf(role), commands[type], whenFor(type))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.next.status).toBe(to)
    expect(r.value.events).toHaveLength(1)
    expect(r.value.events[0]).toMatchObject({ from: status, to, by: actorOf(role), at: whenFor(type) })
  })

  test('every other status, command and role is refused, with the reason', () => {
    let refusals = 0
    for (const status of referralStatuses)
      for (const type of types)
        for (const role of roles) {
          const [from, , by] = spec[type]
          if (!finalReferralStatuses.includes(status) && from.includes(status) && by.includes(role)) continue
          const r = decideReferral(referral(status), actorOf(role), commands[type], whenFor(type))
          const expected = finalReferralStatuses.includes(status)
            ? { code: 'referral.final', status }
            : !by.includes(role)
              ? { code: 'referral.not-allowed', role, command: type }
              : { code: 'referral.wrong-state', status, command: type }
          expect(r, `${type} from ${status} by ${role}`).toEqual({ ok: false, error: expected })
          refusals++
        }
    expect(refusals).toBe(referralStatuses.length * types.length * roles.length - allowed.length)
  })

  test('the way from sent to accepted, with what each step records', () => {
    const family: ReferralActor = { kind: 'caregiver' }
    const patientActor: ReferralActor = { kind: 'patient' }
    const doctorA: ReferralActor = { kind: 'clinic-member', providerId: clinicA, role: doctor }
    const deskA: ReferralActor = { kind: 'clinic-member', providerId: clinicA, role: desk }
    let r = referral('sent')
    const steps: [ReferralActor, ReferralCommand, string][] = [
      [deskA, { type: 'open' }, 'referral.opened'],
      [deskA, { type: 'start-evaluation' }, 'referral.evaluation-started'],
      [
        doctorA,
        { type: 'request-information', question: '  Recent FVC?  ' },
        'referral.information-requested',
      ],
      [family, { type: 'provide-information', answer: '71%' }, 'referral.information-provided'],
      [doctorA, { type: 'propose-plan', quote }, 'referral.plan-proposed'],
      // A caregiver helps with answers; the patient answers the plan.
      [patientActor, { type: 'accept', quoteId: quote.id }, 'referral.accepted'],
    ]
    const events = []
    for (const [actor, command, type] of steps) {
      const d = decideReferral(r, actor, command, now)
      if (!d.ok) throw new Error(`${command.type}: ${d.error.code}`)
      expect(d.value.events[0]!.type).toBe(type)
      events.push(d.value.events[0]!)
      r = d.value.next
    }
    expect(r).toMatchObject({ status: 'accepted', quote })
    expect(events[2]).toMatchObject({ question: 'Recent FVC?' })
    expect(events[4]).toMatchObject({ quoteId: quote.id, replacesQuoteId: null })
  })
})

describe('what each step needs', () => {
  const doctorA: ReferralActor = { kind: 'clinic-member', providerId: clinicA, role: doctor }
  const patient: ReferralActor = { kind: 'patient' }
  const refusal = (error: object) => ({ ok: false, error })

  test("another clinic's member learns nothing, whatever the referral's status", () => {
    const doctorB: ReferralActor = { kind: 'clinic-member', providerId: clinicB, role: doctor }
    for (const status of referralStatuses)
      expect(decideReferral(referral(status), doctorB, commands.open, now)).toEqual(
        refusal({ code: 'referral.not-yours' }),
      )
    expect(availableReferralCommands(referral('evaluating'), doctorB)).toEqual([])
  })

  test('a question, an answer and a reason for not eligible must say something, within limits', () => {
    const q = (question: string) =>
      decideReferral(referral('evaluating'), doctorA, { type: 'request-information', question }, now)
    expect(q(' \n ')).toEqual(refusal({ code: 'referral.question-missing' }))
    expect(q('x'.repeat(MAX_REFERRAL_TEXT + 1))).toEqual(
      refusal({ code: 'referral.text-too-long', max: 4000 }),
    )
    expect(q('x'.repeat(MAX_REFERRAL_TEXT)).ok).toBe(true)
    expect(
      decideReferral(
        referral('information-requested'),
        patient,
        { type: 'provide-information', answer: '' },
        now,
      ),
    ).toEqual(refusal({ code: 'referral.answer-missing' }))
    // The family's contact details stay with Waypoint, even typed into their own answer.
    for (const answer of ['You can call me on +962 79 123 4567', 'Write to omar@example.com'])
      expect(
        decideReferral(
          referral('information-requested'),
          patient,
          { type: 'provide-information', answer },
          now,
        ),
      ).toEqual(refusal({ code: 'referral.answer-contact-details' }))
    expect(
      decideReferral(
        referral('evaluating'),
        doctorA,
        { type: 'declare-not-eligible', reason: 'other', explanation: '   ' },
        now,
      ),
    ).toEqual(refusal({ code: 'referral.explanation-missing' }))
    // The explanation goes to the family: a clinic's desk number or address in it is refused too.
    for (const explanation of [
      'Please call our desk on +49 211 555 1234.',
      'Write to desk@rheinufer.example for another opinion.',
    ])
      expect(
        decideReferral(
          referral('evaluating'),
          doctorA,
          { type: 'declare-not-eligible', reason: 'other', explanation },
          now,
        ),
      ).toEqual(refusal({ code: 'referral.explanation-contact-details' }))
  })

  test('declining for "another reason" needs the reason said; the others may add one', () => {
    const decline = (reason: 'other' | 'no-capacity', explanation?: string) =>
      decideReferral(referral('evaluating'), doctorA, { type: 'decline', reason, explanation }, now)
    expect(decline('other')).toEqual(refusal({ code: 'referral.decline-explanation-missing' }))
    expect(decline('other', '  ')).toEqual(refusal({ code: 'referral.decline-explanation-missing' }))
    expect(decline('other', 'Our neurologist is away until June.')).toMatchObject({
      ok: true,
      value: {
        events: [
          {
            type: 'referral.declined-by-clinic',
            reason: 'other',
            explanation: 'Our neurologist is away until June.',
          },
        ],
      },
    })
    expect(decline('no-capacity')).toMatchObject({ ok: true, value: { events: [{ reason: 'no-capacity' }] } })
    expect(decline('other', 'Call +49 211 555 1234')).toEqual(
      refusal({ code: 'referral.explanation-contact-details' }),
    )
  })

  test('a plan cannot be proposed with a quote whose validity is already over', () => {
    expect(decideReferral(referral('evaluating'), doctorA, { type: 'propose-plan', quote }, later)).toEqual(
      refusal({ code: 'referral.quote-expired', validUntil: '2031-04-30' }),
    )
  })

  test('a new quote before acceptance replaces the old one; the family must accept the one they see', () => {
    const revised = decideReferral(
      referral('plan-proposed'),
      doctorA,
      { type: 'propose-plan', quote: newQuote },
      now,
    )
    expect(revised.ok && revised.value.events[0]).toMatchObject({
      quoteId: newQuote.id,
      replacesQuoteId: quote.id,
    })
    if (!revised.ok) return
    // A tab still showing the first quote cannot accept it.
    expect(decideReferral(revised.value.next, patient, { type: 'accept', quoteId: quote.id }, now)).toEqual(
      refusal({ code: 'referral.quote-changed' }),
    )
    expect(
      decideReferral(revised.value.next, patient, { type: 'accept', quoteId: newQuote.id }, now).ok,
    ).toBe(true)
  })

  test('an accepted quote is frozen: the clinic cannot propose another', () => {
    expect(
      decideReferral(referral('accepted'), doctorA, { type: 'propose-plan', quote: newQuote }, now),
    ).toEqual(refusal({ code: 'referral.wrong-state', status: 'accepted', command: 'propose-plan' }))
  })

  test('the quote’s last day is the clinic’s: the family may accept until it ends there', () => {
    const accept = { type: 'accept', quoteId: quote.id } as const
    // 30 April, 18:00 UTC is 23:30 in Kolkata: still the last day.
    expect(
      decideReferral(referral('plan-proposed'), patient, accept, new Date('2031-04-30T18:00:00Z')).ok,
    ).toBe(true)
    expect(decideReferral(referral('plan-proposed'), patient, accept, later)).toEqual(
      refusal({ code: 'referral.quote-expired', validUntil: '2031-04-30' }),
    )
    const inNewYork = referral('plan-proposed', { quote: { ...quote, timeZone: 'America/New_York' } })
    expect(decideReferral(inNewYork, patient, accept, later).ok).toBe(true)
  })

  test('a plan expires only once its quote’s validity is over', () => {
    expect(decideReferral(referral('plan-proposed'), { kind: 'system' }, { type: 'expire' }, now)).toEqual(
      refusal({ code: 'referral.quote-still-valid', validUntil: '2031-04-30' }),
    )
    const expired = decideReferral(referral('plan-proposed'), { kind: 'system' }, { type: 'expire' }, later)
    expect(expired.ok && expired.value.events[0]).toMatchObject({
      type: 'referral.expired',
      quoteId: quote.id,
    })
  })

  test('a proposed plan without its quote is a bug in the shell, not a refusal', () => {
    expect(() =>
      decideReferral(
        referral('plan-proposed', { quote: null }),
        patient,
        { type: 'accept', quoteId: quote.id },
        now,
      ),
    ).toThrow(/without a quote/)
  })

  test('what each person can do next', () => {
    const r = referral('evaluating')
    expect(availableReferralCommands(r, doctorA)).toEqual([
      'request-information',
      'propose-plan',
      'declare-not-eligible',
      'decline',
    ])
    expect(availableReferralCommands(r, { kind: 'clinic-member', providerId: clinicA, role: admin })).toEqual(
      ['decline'],
    )
    expect(availableReferralCommands(referral('plan-proposed'), patient)).toEqual([
      'accept',
      'decline-plan',
      'withdraw',
    ])
    expect(availableReferralCommands(referral('closed'), { kind: 'coordinator' })).toEqual([])
  })
})
