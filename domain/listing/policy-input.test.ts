import { describe, expect, test } from 'vitest'
import { parsePolicyInput, readPolicyJson } from './policy-input.ts'

const now = new Date('2026-11-24T12:00:00Z')
const file = (o: { offer?: object; provider?: object; [k: string]: unknown } = {}) => ({
  offer: { title: 'Care', treatmentClass: 'standard-care', claimsText: 'A care plan.', ...o.offer },
  provider: { countryCode: 'IN', ...o.provider },
  ...Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'offer' && k !== 'provider')),
})
const issuesOf = (raw: unknown) => {
  const r = parsePolicyInput(raw, now, [])
  return r.ok ? [] : r.error.issues
}

describe('policy:check input', () => {
  test.each(['9999-99-99', '2026-02-30', '2025-13-01', '2027-1-31'])(
    'refuses an accreditation valid to %s',
    (validTo) => {
      const issues = issuesOf(file({ provider: { accreditations: [{ accreditor: 'JCI', validTo }] } }))
      expect(issues).toEqual([
        expect.stringContaining('provider.accreditations[0].validTo must be a real date'),
      ])
    },
  )

  test('accepts a real date, 29 February of a leap year included', () => {
    expect(
      issuesOf(file({ provider: { accreditations: [{ accreditor: 'JCI', validTo: '2028-02-29' }] } })),
    ).toEqual([])
  })

  test.each([['yes'], ['true'], [1], [{}]])('refuses investigational: %j instead of ignoring it', (value) => {
    expect(issuesOf(file({ investigational: value }))).toEqual([
      `investigational must be true or false (without quotes), not ${JSON.stringify(value)}`,
    ])
  })

  test('refuses a non-boolean chargesForInvestigationalProduct', () => {
    expect(issuesOf(file({ offer: { chargesForInvestigationalProduct: 'no' } }))).toEqual([
      'offer.chargesForInvestigationalProduct must be true or false (without quotes), not "no"',
    ])
  })

  test('reads true and false, and an absent flag as false', () => {
    const yes = parsePolicyInput(file({ investigational: true }), now, [])
    const absent = parsePolicyInput(file(), now, [])
    expect(yes.ok && yes.value.investigational).toBe(true)
    expect(absent.ok && absent.value.investigational).toBe(false)
  })

  test('reads every text field the policy screens', () => {
    const r = parsePolicyInput(
      file({ offer: { inclusions: ['Four injections'], exclusions: ['Flights'], conditionId: 'als' } }),
      now,
      [],
    )
    expect(r.ok && [r.value.offer.inclusions, r.value.offer.exclusions, r.value.offer.conditionId]).toEqual([
      ['Four injections'],
      ['Flights'],
      'als',
    ])
    expect(issuesOf(file({ offer: { inclusions: 'Four injections' } }))).toEqual([
      'offer.inclusions must be a list of texts',
    ])
  })

  test('a file starting with a byte-order mark is read as JSON', () => {
    const r = readPolicyJson('\uFEFF{"offer": {}}')
    expect(r).toEqual({ ok: true, value: { offer: {} } })
  })

  test('a file that is not JSON is refused with the parser’s message', () => {
    const r = readPolicyJson('{"offer": ')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message.length).toBeGreaterThan(5)
  })
})
