import { describe, expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'
import { visaNameIn } from './visa-name.ts'

// Visa names in the viewer's language: an Arabic page says the visa in
// Arabic, not "e-Medical visa" in the middle of an Arabic sentence.
describe('a visa’s name', () => {
  const india = { id: 'india', name: 'e-Medical visa' }

  test('is said in the viewer’s language', () => {
    expect(visaNameIn(translator('en'), india)).toBe('e-Medical visa')
    expect(visaNameIn(translator('fr'), india)).toBe('visa électronique médical')
    expect(visaNameIn(translator('ar'), india)).toBe('التأشيرة الطبية الإلكترونية')
    expect(
      visaNameIn(translator('ar'), { id: 'india', name: 'e-Medical Attendant visa' }, 'attendants'),
    ).toBe('تأشيرة المرافق الطبي الإلكترونية')
  })

  test('without a translation, keeps the rules’ own name, set apart from the sentence around it', () => {
    expect(visaNameIn(translator('ar'), { id: 'elsewhere', name: 'Medical visa' })).toBe(
      '\u2068Medical visa\u2069',
    )
  })
})
