import { describe, expect, it, test } from 'vitest'
import { checkQuote, type QuoteInput } from '../quotes/check-quote.ts'
import { caseResourceIds } from './case-resource-ids.ts'
import { consultationAppointment } from './consultation-appointment.ts'
import { fhirMoney, quoteContract, quoteStandingOf } from './quote-contract.ts'
import type { ConsultationId, ProviderId } from '../shared/ids.ts'

const ids = caseResourceIds('case-1')
const patient = { reference: `Patient/${ids.patient}` }

function aQuote(input: Partial<QuoteInput> = {}) {
  const checked = checkQuote(
    {
      currency: 'INR',
      validUntil: '2027-01-31',
      inclusions: ['Airport pickup'],
      exclusions: [],
      lines: [
        { category: 'diagnostics', description: 'MRI brain', quantity: '1', unitPrice: '12500.50' },
        { category: 'interpreter', description: 'Interpreter hours', quantity: '1.5', unitPrice: '800' },
      ],
      ...input,
    },
    {
      now: new Date('2026-12-02T09:00:00Z'),
      timeZone: 'Asia/Kolkata',
      locale: 'en',
      fee: { basisPoints: 800 },
    },
  )
  if (!checked.ok) throw new Error(JSON.stringify(checked.error))
  return checked.value
}

const exported = (quote = aQuote()) =>
  quoteContract(
    {
      id: 'quote-1',
      referralId: 'ref-1',
      providerId: 'prov-1',
      providerName: 'Lotus (demo)',
      quote,
      standing: 'offered',
      issuedAt: new Date('2026-12-02T09:00:00Z'),
    },
    ids,
    patient,
  )

describe('a quote as a Contract', () => {
  it('keeps every line with quantity, unit price and net, Waypoint’s fee as its own term', () => {
    const contract = exported()
    const items = contract.term!.flatMap((t) => t.asset?.flatMap((a) => a.valuedItem ?? []) ?? [])
    expect(items).toEqual([
      {
        entityCodeableConcept: { text: 'MRI brain' },
        quantity: { value: 1 },
        unitPrice: { value: 12500.5, currency: 'INR' },
        net: { value: 12500.5, currency: 'INR' },
      },
      {
        entityCodeableConcept: { text: 'Interpreter hours' },
        quantity: { value: 1.5 },
        unitPrice: { value: 800, currency: 'INR' },
        net: { value: 1200, currency: 'INR' },
      },
      {
        entityCodeableConcept: { text: 'Waypoint’s fee' },
        quantity: { value: 1 },
        unitPrice: { value: 1096.04, currency: 'INR' },
        net: { value: 1096.04, currency: 'INR' },
      },
    ])
    expect(contract.term!.map((t) => t.type?.coding?.[0]?.code ?? t.type?.text)).toEqual([
      'diagnostics',
      'interpreter',
      'waypoint-fee',
      'Included',
    ])
    expect(contract).toMatchObject({
      status: 'offered',
      applies: { end: '2027-01-31' },
      topicReference: { reference: 'ServiceRequest/ref-1' },
      author: { reference: 'Organization/prov-1' },
      extension: [{ valueMoney: { value: 14796.54, currency: 'INR' } }],
    })
  })

  it('writes money with the currency’s own decimals', () => {
    expect(fhirMoney({ currency: 'JPY' as never, minor: 15000 })).toEqual({ value: 15000, currency: 'JPY' })
    expect(fhirMoney({ currency: 'KWD' as never, minor: 1250 })).toEqual({ value: 1.25, currency: 'KWD' })
    expect(fhirMoney({ currency: 'INR' as never, minor: 1250 })).toEqual({ value: 12.5, currency: 'INR' })
  })
})

describe('a consultation as an Appointment', () => {
  const consultation = (status: 'booked' | 'cancelled') =>
    consultationAppointment(
      {
        consultation: { id: 'c-1' as ConsultationId, clinicId: 'prov-1' as ProviderId, status },
        slot: { start: new Date('2027-03-28T07:30:00Z'), minutes: 45, timeZone: 'Europe/Berlin' },
        providerName: 'Lotus (demo)',
        referralId: 'ref-1',
        bookedAt: new Date('2027-03-01T10:00:00Z'),
      },
      ids,
      patient,
    )

  it('runs from the slot’s start to its end, in the clinic’s zone, based on the referral', () => {
    expect(consultation('booked')).toMatchObject({
      status: 'booked',
      start: '2027-03-28T07:30:00.000Z',
      end: '2027-03-28T08:15:00.000Z',
      minutesDuration: 45,
      extension: [{ valueCode: 'Europe/Berlin' }],
      basedOn: [{ reference: 'ServiceRequest/ref-1' }],
    })
  })

  it('is cancelled, each participant declined, once the consultation is', () => {
    const a = consultation('cancelled')
    expect(a.status).toBe('cancelled')
    expect(a.participant.map((p) => p.status)).toEqual(['declined', 'declined'])
  })
})

describe('where a quote stands', () => {
  test('accepted once accepted; declined, expired or withdrawn with its referral; otherwise offered', () => {
    expect(quoteStandingOf(new Date(), 'closed')).toBe('accepted')
    expect(quoteStandingOf(null, 'plan-proposed')).toBe('offered')
    expect(quoteStandingOf(null, 'declined-by-patient')).toBe('declined')
    expect(quoteStandingOf(null, 'expired')).toBe('expired')
    expect(quoteStandingOf(null, 'closed')).toBe('withdrawn')
    expect(quoteStandingOf(null, 'withdrawn')).toBe('withdrawn')
  })
})
