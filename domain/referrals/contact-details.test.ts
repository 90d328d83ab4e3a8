import { expect, test } from 'vitest'
import { holdsContactDetails } from './contact-details.ts'

test('an email address or a phone number, however written, is found', () => {
  for (const text of [
    'Write to dr.rao@lotus-neuro.example for the reports',
    'Call us on +91 98450 12345',
    'WhatsApp 098450-12345 please',
    'Our desk: (080) 4567 8901',
    'اتصل على ٠٩٨٤٥٠١٢٣٤٥',
    'Fax +49-211-555-1234 or call 0049 211 555 1234',
  ])
    expect(holdsContactDetails(text), text).toBe(true)
})

test('dates, scores and doses are not phone numbers', () => {
  for (const text of [
    'Please send the MRI of 2025-03-12 and the ALSFRS-R score from 2025-06-01.',
    'Is the FVC still above 70%? Riluzole 50 mg twice a day since 12/03/2024?',
    'Weight 62.5 kg, height 168 cm, onset 2023.',
    // A plan's registry numbers, date ranges and hours.
    'Given inside the registered trial CTRI/2025/03/012345 only.',
    'Stay from 29/03/2027 - 09/04/2027, sessions 09.00 - 12.30 / 14.00 - 17.30.',
    'Day 1 to day 12, 2027-03-29 to 2027-04-09',
  ])
    expect(holdsContactDetails(text), text).toBe(false)
})
