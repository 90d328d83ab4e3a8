import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { caseCommands, caseStages, transition, type CaseActorKind } from '#domain/cases/case-stages.ts'
import {
  convertUsdCents,
  destinations,
  estimateTrip,
  facilities,
  purposes,
  cellTypes,
} from '#domain/estimate/estimate-trip.ts'
import { scoreAlsfrs } from '#domain/alsfrs/score.ts'
import { kingsStage } from '#domain/alsfrs/kings-stage.ts'
import { mitosStage } from '#domain/alsfrs/mitos-stage.ts'
import { decideSignInThrottle } from '#domain/accounts/sign-in-throttle.ts'
import { parseSearchQuery, searchHref } from '#domain/search/search-query.ts'

// Property-based tests over the pure core (issue 5): whatever the input, the
// rules stay inside their contracts.
const actors: CaseActorKind[] = ['patient', 'caregiver', 'coordinator', 'clinic-staff', 'system']
const score = fc.integer({ min: 0, max: 4 })

describe('properties', () => {
  test('the case state machine never reaches an undefined stage, whatever the sequence of commands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...caseCommands), fc.constantFrom(...actors)), { maxLength: 40 }),
        (steps) => {
          let stage: (typeof caseStages)[number] = 'inquiry'
          for (const [command, actor] of steps) {
            const r = transition(stage, command, actor, new Date(0))
            if (r.ok) stage = r.value.to
            expect(caseStages).toContain(stage)
          }
        },
      ),
    )
  })

  test('ALSFRS-R totals stay between 0 and 48, domains add up, and stages are always defined', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 12, maxLength: 12 }), fc.boolean(), (s, gastrostomy) => {
        const ids = [
          '1',
          '2',
          '3',
          '4',
          gastrostomy ? '5b' : '5a',
          '6',
          '7',
          '8',
          '9',
          '10',
          '11',
          '12',
        ] as const
        const r = scoreAlsfrs(Object.fromEntries(ids.map((id, i) => [id, s[i]])))
        expect(r.ok).toBe(true)
        if (!r.ok) return
        expect(r.value.total).toBeGreaterThanOrEqual(0)
        expect(r.value.total).toBeLessThanOrEqual(48)
        expect(Object.values(r.value.domains).reduce((a, b) => a + b, 0)).toBe(r.value.total)
        expect(['1', '2', '3', '4A', '4B']).toContain(kingsStage(r.value))
        expect(mitosStage(r.value).stage).toBeLessThanOrEqual(4)
      }),
    )
  })

  test('money never loses a minor unit: every estimate line is whole cents and the total is their exact sum', () => {
    fc.assert(
      fc.property(
        fc.record({
          purpose: fc.constantFrom(...purposes),
          cellType: fc.constantFrom(...cellTypes),
          sessions: fc.integer({ min: -5, max: 50 }),
          facility: fc.constantFrom(...facilities),
          adjunctDays: fc.integer({ min: -5, max: 100 }),
          nights: fc.integer({ min: -5, max: 200 }),
          destination: fc.constantFrom(...destinations),
          attendants: fc.integer({ min: -2, max: 9 }),
          flightPerPersonUsdCents: fc.integer({ min: 0, max: 2_000_000 }),
        }),
        (input) => {
          const e = estimateTrip(input)
          for (const l of e.lines) {
            expect(Number.isSafeInteger(l.low) && Number.isSafeInteger(l.high)).toBe(true)
            expect(l.low).toBeLessThanOrEqual(l.high)
          }
          expect(e.low).toBe(e.lines.reduce((s, l) => s + l.low, 0))
          expect(e.high).toBe(e.lines.reduce((s, l) => s + l.high, 0))
          expect(Number.isSafeInteger(convertUsdCents(e.high, 84.1))).toBe(true)
        },
      ),
    )
  })

  test('the throttle never allows more than five recent failures per key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * 60 * 1000 }), { maxLength: 30 }), (agesMs) => {
        const now = new Date('2030-01-01T00:00:00Z')
        const failures = agesMs.map((a) => new Date(now.getTime() - a))
        const recent = agesMs.filter((a) => a < 15 * 60 * 1000).length
        expect(decideSignInThrottle(failures, now).allowed).toBe(recent < 5)
      }),
    )
  })

  test('any URL parses into a valid search, and its canonical URL parses back to the same search', () => {
    const vocabulary = {
      conditions: ['als'],
      treatments: ['niv', 'rehab'],
      countries: ['IN', 'DE'],
      accreditors: ['JCI'],
      languages: ['en', 'ar'],
      currencies: ['USD', 'EUR', 'INR'],
    }
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'q',
            'page',
            'country',
            'min',
            'max',
            'sort',
            'currency',
            'treatment',
            'verified',
            'city',
          ),
          fc.string({ maxLength: 300 }),
        ),
        (raw) => {
          const params = new URLSearchParams(raw)
          const { query } = parseSearchQuery(params, vocabulary)
          expect(query.page).toBeGreaterThanOrEqual(1)
          expect(query.text.length).toBeLessThanOrEqual(200)
          const again = parseSearchQuery(
            new URL(searchHref(query), 'http://x').searchParams,
            vocabulary,
          ).query
          expect(again).toEqual(query)
        },
      ),
    )
  })
})
