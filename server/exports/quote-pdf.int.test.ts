import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../domain/i18n/locales.ts'
import { checkQuote, type Quote, type QuoteInput } from '../../domain/quotes/check-quote.ts'
import { formatQuoteMoney } from '../../domain/quotes/format-quote-money.ts'
import { pageText, pieces, reversed } from '#tests/support/pdf-text.ts'
import { renderQuotePdf } from './quote-pdf.ts'
import { embedSummaryFonts } from './summary-fonts.ts'

// The quote PDF read back as text: every line, every total, in each language.
function aQuote(input: Partial<QuoteInput> = {}): Quote {
  const checked = checkQuote(
    {
      currency: 'INR',
      validUntil: '2027-01-31',
      inclusions: ['Airport pickup', 'Daily physiotherapy'],
      exclusions: ['Flights', 'Visa fees'],
      lines: [
        { category: 'diagnostics', description: 'MRI brain and spine', quantity: '1', unitPrice: '12500.50' },
        { category: 'diagnostics', description: 'Nerve conduction study', quantity: '2', unitPrice: '4000' },
        { category: 'hospital-stay', description: 'Ward bed, per night', quantity: '5', unitPrice: '6000' },
        {
          category: 'interpreter',
          description: 'Arabic interpreter, hours',
          quantity: '1.5',
          unitPrice: '800',
        },
        { category: 'contingency', description: 'Unplanned tests', quantity: '', unitPrice: '5000' },
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

async function render(quote: Quote, locale: Locale) {
  const bytes = await renderQuotePdf(
    {
      quote,
      caseReference: 'WP-7K3M9Q',
      clinicName: 'Lotus Neuro Centre (demo)',
      doctor: {
        name: 'Dr Asha Rao',
        registrationNumber: 'KMC-12345',
        registrationCouncil: 'Karnataka Medical Council',
      },
      issuedAt: new Date('2026-12-02T09:00:00Z'),
    },
    locale,
  )
  const doc = await PDFDocument.load(bytes)
  return { doc, text: doc.getPages().map(pageText).join('\n') }
}

describe('renderQuotePdf', () => {
  it('prints every line with its quantity, unit price and total, each category’s total and the fee', async () => {
    const { doc, text } = await render(aQuote(), 'en')
    expect(doc.getTitle()).toBe('Quote WP-7K3M9Q')
    // The council that holds the registration, as the web page shows it (the line wraps before it ends).
    expect(text.replaceAll('\n', ' ')).toContain('KMC-12345 (Karnataka Medical Council)')
    for (const expected of [
      'Quote for case WP-7K3M9Q',
      'ClinicLotus Neuro Centre (demo)',
      'Signed byDr Asha Rao, registration number KMC-12345 (Karnataka',
      'Valid until31 January 2027, end of day, India Standard Time',
      'MRI brain and spine1₹12,500.50₹12,500.50',
      'Nerve conduction study2₹4,000.00₹8,000.00',
      'Ward bed, per night5₹6,000.00₹30,000.00',
      'Arabic interpreter, hours1.5₹800.00₹1,200.00',
      'Unplanned tests1₹5,000.00₹5,000.00',
      'Total for Diagnostics₹20,500.50',
      'Total for Hospital stay₹30,000.00',
      'Total for Interpreter₹1,200.00',
      'Total for Contingency₹5,000.00',
      'Clinic’s total₹56,700.50',
      // 8% of the clinic's total, on its own line and in the totals.
      'Waypoint’s fee1₹4,536.04₹4,536.04',
      'Waypoint’s fee₹4,536.04',
      'Total to pay₹61,236.54',
      '•Airport pickup',
      '•Daily physiotherapy',
      '•Flights',
      '•Visa fees',
    ])
      expect(text).toContain(expected)
    // Included before not included, each under its own heading.
    expect(text.indexOf('Included')).toBeLessThan(text.indexOf('•Airport pickup'))
    expect(text.indexOf('Not included')).toBeLessThan(text.indexOf('•Flights'))
    expect(text.indexOf('•Daily physiotherapy')).toBeLessThan(text.indexOf('Not included'))
  })

  it('prints yen without decimals and Kuwaiti dinars with three', async () => {
    const yen = await render(
      aQuote({
        currency: 'JPY',
        lines: [{ category: 'sessions', description: 'Rehab', quantity: '3', unitPrice: '15000' }],
      }),
      'en',
    )
    expect(yen.text).toContain('Rehab3JP¥15,000JP¥45,000')
    expect(yen.text).toContain('Total to payJP¥48,600')
    expect(yen.text).not.toMatch(/¥[\d,]+\.\d/)
    const dinar = await render(
      aQuote({
        currency: 'KWD',
        lines: [{ category: 'sessions', description: 'Rehab', quantity: '2', unitPrice: '1.250' }],
      }),
      'en',
    )
    // Intl puts a no-break space between the code and the figures.
    const dinars = dinar.text.replace(/\u00a0/g, ' ')
    expect(dinars).toContain('Rehab2KWD 1.250KWD 2.500')
    expect(dinars).toContain('Total to payKWD 2.700')
  })

  it('keeps a clear gap between the figures of a line, however large the amounts', async () => {
    const { doc } = await render(
      aQuote({
        currency: 'KWD',
        lines: [
          {
            category: 'hospital-stay',
            description: 'Ward bed, per night',
            quantity: '21',
            unitPrice: '6000',
          },
          { category: 'procedure', description: 'Cells', quantity: '4', unitPrice: '125000.125' },
        ],
      }),
      'en',
    )
    const { regular } = await embedSummaryFonts(await PDFDocument.create())
    const drawn = pieces(doc.getPages()[0]!)
    for (const description of ['Ward bed, per night', 'Cells']) {
      const y = drawn.find((p) => p.text === description)!.y
      const row = drawn.filter((p) => p.y === y).sort((a, b) => a.x - b.x)
      expect(row.map((p) => p.text.replace(/\u00a0/g, ' '))).toEqual(
        description === 'Cells'
          ? ['Cells', '4', 'KWD 125,000.125', 'KWD 500,000.500']
          : ['Ward bed, per night', '21', 'KWD 6,000.000', 'KWD 126,000.000'],
      )
      // Each piece ends well before the next begins (body text is set at 10 points).
      for (const [a, b] of row.slice(0, -1).map((p, i) => [p, row[i + 1]!] as const))
        expect(a.x + regular.widthOfTextAtSize(a.text, 10) + 8).toBeLessThanOrEqual(b.x)
    }
  })

  it.each(['en', 'fr', 'ar'] as const)('prints every amount of the quote in %s', async (locale) => {
    const quote = aQuote()
    const { text } = await render(quote, locale)
    // Each amount's figures as the language writes them (where the symbol
    // goes is the layout's business, checked for Arabic below).
    const amount = (m: Quote['totals']['overall']) =>
      /\d[\d\s.,\u00a0\u202f\u066b\u066c]*\d/.exec(formatQuoteMoney(locale, m))![0]
    const flat = text
    for (const line of quote.lines) {
      expect(flat).toContain(amount(line.unitPrice))
      expect(flat).toContain(amount(line.total))
    }
    for (const c of quote.totals.byCategory) expect(flat).toContain(amount(c.total))
    for (const total of [quote.totals.clinic, quote.totals.fee, quote.totals.overall])
      expect(flat).toContain(amount(total))
    for (const item of [...quote.inclusions, ...quote.exclusions]) expect(flat).toContain(item)
    expect(flat).toContain('KMC-12345')
  })

  it('speaks French', async () => {
    const { text } = await render(aQuote(), 'fr')
    for (const expected of [
      'Devis pour le dossier WP-7K3M9Q',
      'Signé parDr Asha Rao, numéro d’inscription KMC-12345',
      'Valable jusqu’au31 janvier 2027, fin de journée, heure de l’Inde',
      'Total Examens',
      'Frais de Waypoint',
      'Total à payer',
      'Provision pour imprévus',
      'Non compris',
    ])
      expect(text).toContain(expected)
  })

  it('lays an Arabic quote out right to left: labels on the right, amounts on the left', async () => {
    const quote = aQuote()
    const { doc, text } = await render(quote, 'ar')
    expect(text).toContain(reversed('عرض سعر للملف'))
    // (Words with a lam-alef read back as the ligature, so these have none.)
    expect(text).toContain(reversed('مجموع العيادة'))
    expect(text).toContain(reversed('احتياطي للطوارئ'))
    expect(text).toContain(reversed('رسوم'))
    const drawn = pieces(doc.getPages()[0]!)
    const label = drawn.find((p) => p.text === reversed('مجموع العيادة'))!
    const total = drawn.find((p) => p.y === label.y && p.text.includes('56,700.50'))!
    expect(total.x).toBeLessThan(label.x)
    // An amount is one left-to-right unit, its symbol where Intl puts it: not "$US 1,200".
    const unmarked = (m: Quote['totals']['overall']) =>
      formatQuoteMoney('ar', m).replace(/[\u2066-\u2069]/g, '')
    expect(total.text).toBe(unmarked(quote.totals.clinic))
    const dollars = await render(aQuote({ currency: 'USD' }), 'ar')
    const usd = pieces(dollars.doc.getPages()[0]!).map((p) => p.text)
    expect(usd).toContain(unmarked({ currency: 'USD' as Quote['currency'], minor: 1_250_050 }))
    expect(dollars.text).not.toContain('$US')
    // "Signed by" is our Arabic sentence around the doctor's name: the name reads first, on the right.
    const name = drawn.find((p) => p.text.includes('Dr Asha Rao'))!
    const registration = drawn.find((p) => p.y === name.y && p.text.includes('KMC-12345'))!
    expect(registration.x).toBeLessThan(name.x)
    // A description typed in English keeps its reading order inside the Arabic page.
    expect(text).toContain('MRI brain and spine')
    // The validity is a day in Arabic, not the stored ISO date.
    expect(text).toContain(reversed('يناير'))
    expect(text).not.toContain('2027-01-31')
  })
})
