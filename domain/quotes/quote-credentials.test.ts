import { expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { checkCredentialsForQuote } from './quote-credentials.ts'

const now = new Date('2027-06-01T10:00:00Z')
const today = '2027-06-01' as CalendarDate
const fresh = {
  id: 'a',
  kind: 'accreditation' as const,
  reference: 'JCI-1',
  validTo: '2028-01-01',
  standing: 'current' as const,
  verifiedAt: new Date('2027-05-01T00:00:00Z'),
}

test('a clinic whose credentials hold and were checked lately may quote', () => {
  expect(checkCredentialsForQuote([fresh], now, today)).toEqual({ ok: true, value: null })
  expect(checkCredentialsForQuote([], now, today)).toEqual({ ok: true, value: null })
})

test('an expired or long-unchecked credential stops the quote, named by kind and reference', () => {
  expect(
    checkCredentialsForQuote(
      [
        fresh,
        { ...fresh, id: 'b', kind: 'ethics-committee', reference: 'ECR/1', standing: 'expired' },
        { ...fresh, id: 'c', reference: 'JCI-2', verifiedAt: new Date('2027-01-01T00:00:00Z') },
      ],
      now,
      today,
    ),
  ).toEqual({
    ok: false,
    error: {
      code: 'quote.credentials-need-reverification',
      credentials: [
        { kind: 'ethics-committee', reference: 'ECR/1' },
        { kind: 'accreditation', reference: 'JCI-2' },
      ],
    },
  })
})
