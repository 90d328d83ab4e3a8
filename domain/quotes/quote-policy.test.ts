import { describe, expect, test } from 'vitest'
import type { CurrencyCode } from './currencies.ts'
import { checkQuotePolicy, type QuotedOffer } from './quote-policy.ts'
import type { QuoteLine } from './quote-line.ts'

const eur = (minor: number) => ({ currency: 'EUR' as CurrencyCode, minor })
const line = (category: QuoteLine['category'], minor: number): QuoteLine => ({
  category,
  description: category,
  quantityHundredths: 100,
  unitPrice: eur(minor),
  total: eur(minor),
})
const standard: QuotedOffer = {
  verdict: 'listable',
  pathway: 'standard-care',
  evidenceStanding: 'standard-care',
  listedPrice: { minMinor: 400_00, maxMinor: 900_00, currency: 'EUR' },
}
const trial: QuotedOffer = {
  verdict: 'listable-with-warnings',
  pathway: 'registered-trial',
  evidenceStanding: 'in-trials',
  listedPrice: { minMinor: 0, maxMinor: 2_000_00, currency: 'EUR' },
}

describe('the listing policy on a quote', () => {
  test('a standard offer with plain words passes without warnings', () => {
    expect(
      checkQuotePolicy({
        offers: [standard],
        lines: [line('procedure', 500_00)],
        texts: [{ field: 'protocol', text: 'Assessment by the neurology team.' }],
      }),
    ).toEqual({ ok: true, value: { warnings: [] } })
  })

  test('nothing is quoted for an offer the policy blocks', () => {
    expect(checkQuotePolicy({ offers: [{ ...standard, verdict: 'blocked' }], lines: [], texts: [] })).toEqual(
      {
        ok: false,
        error: [{ code: 'quote.offer-blocked', field: 'form' }],
      },
    )
  })

  test('an investigational product is not charged for; the stay around it may be', () => {
    expect(
      checkQuotePolicy({
        offers: [trial],
        lines: [line('hospital-stay', 900_00), line('procedure', 1)],
        texts: [],
      }),
    ).toEqual({
      ok: false,
      error: [{ code: 'quote.investigational-charge', line: 1, field: 'lines.1.unitPrice' }],
    })
    expect(
      checkQuotePolicy({
        offers: [trial],
        lines: [line('hospital-stay', 900_00), line('procedure', 0)],
        texts: [],
      }),
    ).toEqual({ ok: true, value: { warnings: ['evidence.investigational'] } })
  })

  test('a blocked claim is refused on the field it was written in; a lesser claim becomes a warning', () => {
    expect(
      checkQuotePolicy({
        offers: [standard],
        lines: [],
        texts: [
          { field: 'aftercare', text: 'Most patients are cured within a year.' },
          { field: 'lines.0.description', text: 'Physiotherapy course, no risk at all' },
        ],
      }),
    ).toEqual({
      ok: false,
      error: [{ code: 'quote.red-flag-claim', claim: 'claim.cure', field: 'aftercare' }],
    })
    expect(
      checkQuotePolicy({
        offers: [],
        lines: [],
        texts: [{ field: 'lines.0.description', text: 'Physiotherapy course, no risk at all' }],
      }),
    ).toEqual({ ok: true, value: { warnings: ['claim.no-risk'] } })
  })

  test('wording the screen is unsure of is refused on its field, not sent with a warning', () => {
    expect(
      checkQuotePolicy({
        offers: [standard],
        lines: [],
        texts: [{ field: 'protocol', text: 'A miracle for families.' }],
      }),
    ).toEqual({ ok: false, error: [{ code: 'quote.unclear-wording', field: 'protocol' }] })
  })

  test('a phone number or email address in any text of the plan or quote is refused on its field', () => {
    expect(
      checkQuotePolicy({
        offers: [standard],
        lines: [],
        texts: [
          { field: 'lines.0.description', text: 'Call +91 98765 43210 to book' },
          { field: 'aftercare', text: 'Weekly video review; questions to desk@lotus.example' },
          { field: 'schedule', text: 'Day 1 to day 12, 2027-03-29 to 2027-04-09, 09:00 to 12:30' },
        ],
      }),
    ).toEqual({
      ok: false,
      error: [
        { code: 'quote.contact-details', field: 'lines.0.description' },
        { code: 'quote.contact-details', field: 'aftercare' },
      ],
    })
  })

  describe('a plan read for what it gives', () => {
    const cells = {
      field: 'protocol',
      text: 'Intrathecal autologous mesenchymal stem cell injections, two sessions.',
    }
    test('cells are never charged for, whatever the category, even beside a standard offer of the same clinic', () => {
      const stemCellLine = { ...line('sessions', 4_500_00), description: 'Stem cell injection (trial)' }
      expect(
        checkQuotePolicy({
          offers: [standard, trial],
          lines: [line('procedure', 9_000_00), stemCellLine, line('hospital-stay', 900_00)],
          texts: [cells],
        }),
      ).toEqual({
        ok: false,
        error: [
          { code: 'quote.investigational-charge', line: 0, field: 'lines.0.unitPrice' },
          { code: 'quote.investigational-charge', line: 1, field: 'lines.1.unitPrice' },
        ],
      })
    })
    test('a plan that gives cells is refused unless the family chose a registered trial here', () => {
      expect(checkQuotePolicy({ offers: [standard], lines: [line('procedure', 0)], texts: [cells] })).toEqual(
        { ok: false, error: [{ code: 'quote.cells-outside-trial', field: 'protocol' }] },
      )
      // Named another way: neural progenitors are cells too.
      const progenitors = { field: 'schedule', text: 'Day 3: neural progenitor transplant under sedation.' }
      expect(
        checkQuotePolicy({ offers: [standard], lines: [line('procedure', 0)], texts: [progenitors] }),
      ).toEqual({ ok: false, error: [{ code: 'quote.cells-outside-trial', field: 'schedule' }] })
      expect(
        checkQuotePolicy({ offers: [standard, trial], lines: [line('procedure', 0)], texts: [cells] }),
      ).toEqual({
        ok: true,
        value: { warnings: ['evidence.investigational'] },
      })
    })
    test('an exclusion names what the plan does not give; "free" cells are still given', () => {
      expect(
        checkQuotePolicy({
          offers: [standard],
          lines: [line('procedure', 500_00)],
          texts: [{ field: 'exclusions', text: 'Stem cell therapy' }],
        }),
      ).toEqual({ ok: true, value: { warnings: [] } })
      const freeCells = {
        ...line('sessions', 2_000_00),
        description: 'Free stem cell infusion with the package',
      }
      expect(
        checkQuotePolicy({
          offers: [standard],
          lines: [freeCells],
          texts: [{ field: 'lines.0.description', text: freeCells.description }],
        }),
      ).toEqual({
        ok: false,
        error: [
          { code: 'quote.cells-outside-trial', field: 'lines.0.description' },
          { code: 'quote.investigational-charge', line: 0, field: 'lines.0.unitPrice' },
        ],
      })
    })
    test('beside a free offer, care is held against the priced ones', () => {
      const free: QuotedOffer = { ...trial, listedPrice: null }
      expect(
        checkQuotePolicy({ offers: [standard, free], lines: [line('sessions', 900_01)], texts: [] }),
      ).toEqual({
        ok: true,
        value: { warnings: ['quote.above-listed-price'] },
      })
    })
    test('a plan that rules cells out is read as it means', () => {
      expect(
        checkQuotePolicy({
          offers: [standard],
          lines: [line('procedure', 500_00)],
          texts: [{ field: 'protocol', text: 'Assessment and physiotherapy. No stem cells are used.' }],
        }),
      ).toEqual({ ok: true, value: { warnings: [] } })
    })
  })

  describe('held against the price on the listing', () => {
    const free: QuotedOffer = { ...trial, listedPrice: null }
    test('a listing that says taking part costs nothing is flagged when the quote charges for care', () => {
      expect(
        checkQuotePolicy({
          offers: [free],
          lines: [line('hospital-stay', 900_00), line('procedure', 0)],
          texts: [],
        }),
      ).toEqual({
        ok: true,
        value: { warnings: ['evidence.investigational', 'quote.listed-without-charge'] },
      })
    })
    test("the family's own journey and Waypoint's fee are not care the listing priced", () => {
      expect(
        checkQuotePolicy({
          offers: [free],
          lines: [
            line('procedure', 0),
            line('accommodation', 700_00),
            line('interpreter', 90_00),
            line('waypoint-fee', 50_00),
          ],
          texts: [],
        }),
      ).toEqual({ ok: true, value: { warnings: ['evidence.investigational'] } })
    })
    test('care above the listed range is flagged; at its top it is not', () => {
      const at = (minor: number) =>
        checkQuotePolicy({
          offers: [standard],
          lines: [line('procedure', minor - 100_00), line('sessions', 100_00)],
          texts: [],
        })
      expect(at(900_00)).toEqual({ ok: true, value: { warnings: [] } })
      expect(at(900_01)).toEqual({ ok: true, value: { warnings: ['quote.above-listed-price'] } })
    })
    test('care more than three times the listed top waits for the doctor to confirm the amounts', () => {
      const at = (minor: number, confirmedPrice?: boolean) =>
        checkQuotePolicy({
          offers: [standard],
          lines: [line('procedure', minor - 100_00), line('sessions', 100_00)],
          texts: [],
          ...(confirmedPrice === undefined ? {} : { confirmedPrice }),
        })
      expect(at(2_700_00)).toEqual({ ok: true, value: { warnings: ['quote.above-listed-price'] } })
      // A slipped digit: ten times the price.
      expect(at(9_000_00)).toEqual({
        ok: false,
        error: [{ code: 'quote.confirm-far-above-listed-price', field: 'confirmPrice' }],
      })
      expect(at(2_700_01, false)).toEqual({
        ok: false,
        error: [{ code: 'quote.confirm-far-above-listed-price', field: 'confirmPrice' }],
      })
      // Confirmed, it goes, and the family still sees the warning.
      expect(at(9_000_00, true)).toEqual({ ok: true, value: { warnings: ['quote.above-listed-price'] } })
    })
    test('a quote in another currency than the listing is not compared (no rate is guessed)', () => {
      const usd = { currency: 'USD' as CurrencyCode, minor: 5_000_00 }
      expect(
        checkQuotePolicy({
          offers: [standard],
          lines: [{ ...line('procedure', 0), unitPrice: usd, total: usd }],
          texts: [],
        }),
      ).toEqual({ ok: true, value: { warnings: [] } })
    })
  })
})
