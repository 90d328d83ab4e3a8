import { describe, expect, test } from 'vitest'
import { asciiDigits } from '../shared/digits.ts'
import { findPersonalData } from './personal-data.ts'

const context = {
  staffNames: ['Dr Anil Rao', 'Meera Iyer', 'Dr Élodie Marchand', 'Dr Priya Menon (fictional)'],
  year: 2027,
}
const find = (text: string) => findPersonalData(text, context)

describe('the personal-data check', () => {
  test.each([
    ['en', 'The desk was kind and the rooms were clean; the physiotherapy helped my arms a little.'],
    ['fr', 'L’équipe était attentive, la chambre propre, et la kinésithérapie m’a un peu aidé.'],
    ['ar', 'كان الفريق لطيفًا والغرفة نظيفة، والعلاج الطبيعي ساعدني قليلًا في ذراعي.'],
    ['en', 'We stayed 12 days, paid 150000 INR and went home on 14/03/2027.'],
    ['fr', 'Nous sommes restés du 2 mars 2027 au 14 mars 2027, je ne sais pas si ça a aidé.'],
  ])('finds nothing in a plain %s review', (_lang, text) => {
    expect(find(text)).toEqual([])
  })

  test.each([
    ['en', 'Call me on +44 7700 900123 if you want to know more.'],
    ['fr', 'Appelez-moi au 06 12 34 56 78.'],
    ['ar', 'اتصلوا بي على ٠٥٠ ١٢٣ ٤٥٦٧'],
    ['ar', 'رقمي +۹۷۱ ۵۰ ۱۲۳ ۴۵۶۷ للاستفسار'],
    ['en', 'My number is (022) 2345-6789.'],
  ])('finds a phone number in %s: %s', (_lang, text) => {
    expect(find(text)).toContain('phone')
  })

  test.each([
    ['en', 'Write to me at ravi.k@example.com'],
    ['fr', 'Écrivez-moi : ÉLODIE@exemple.fr'],
    ['ar', 'راسلوني على ahmed@example.org من فضلكم'],
  ])('finds an email address in %s', (_lang, text) => {
    expect(find(text)).toEqual(['email'])
  })

  test.each([
    ['en', 'My passport J8369854 was kept for a day.'],
    ['fr', 'Mon passeport 19AB12345 ? Non : 12AB34567 non plus, mais P 1234567 oui.'],
    ['ar', 'جواز سفري رقم K١٢٣٤٥٦٧ بقي معهم يومًا'],
  ])('finds a passport-like number in %s', (_lang, text) => {
    expect(find(text)).toContain('passport')
  })

  test.each([
    ['en', 'See our photos at https://photos.example/album'],
    ['fr', 'Tout est sur www.notre-blog.fr'],
    ['ar', 'التفاصيل على موقعنا example.com/als'],
  ])('finds a web address in %s', (_lang, text) => {
    expect(find(text)).toContain('url')
  })

  test.each([
    ['en', 'My father, born 12/03/1958, was treated well.'],
    ['en', 'He was born on March 4, 1961 and they still treated him like a young man.'],
    ['fr', 'Mon père, né le 4 février 1959, a été bien soigné.'],
    ['fr', 'Ma mère (04.02.1949) a été bien reçue.'],
    ['ar', 'والدي من مواليد ١٢/٠٣/١٩٥٨ وقد عومل جيدًا.'],
    ['ar', 'ولدت في 3 مارس 1970 وقد ساعدني العلاج.'],
    ['en', 'Date of birth: 2020-05-01, my son came with us.'],
  ])('finds a full date of birth in %s: %s', (_lang, text) => {
    expect(find(text)).toContain('date-of-birth')
  })

  test('a birth year alone, or a recent treatment date, is not a date of birth', () => {
    expect(find('My mother, born in 1958, was treated on 12/01/2027.')).toEqual([])
  })

  test.each([
    ['en', 'Dr Rao explained everything twice.'],
    ['en', 'meera iyer at the desk found us a hoist.'],
    ['fr', 'Le docteur Marchand nous a tout expliqué.'],
    ['fr', 'Merci à Elodie Marchand.'],
    ['ar', 'شكرًا للدكتور Rao على صبره'],
  ])('finds the name of a member of the clinic’s staff in %s', (_lang, text) => {
    expect(find(text)).toContain('staff-name')
  })

  test('a note in brackets after a name is not part of it', () => {
    expect(find('A fictional story? No: Menon saw us every day.')).toEqual(['staff-name'])
    expect(find('This is not a fictional account of our stay.')).toEqual([])
  })

  test('a staff name inside another word is not the name', () => {
    expect(find('The ratio of nurses to patients was good, and the rooms bright.')).toEqual([])
  })

  test('several kinds at once, each once, in a fixed order', () => {
    expect(
      find('Dr Rao: rao@clinic.example.com, +91 98765 43210, born 01/01/1950, passport Z1234567'),
    ).toEqual(['phone', 'email', 'passport', 'date-of-birth', 'staff-name'])
  })

  test('Arabic-Indic and Persian digits read as digits', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789')
  })
})
