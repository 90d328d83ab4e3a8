import { expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'
import { describeShare } from './describe-share.ts'

test('the parts shared are listed in the reader’s language, with its own commas and “and”', () => {
  const parts = ['about', 'condition', 'alsfrs']
  expect(describeShare(translator('en'), 'en', 2, parts)).toMatch(
    /About the patient, Condition history,? and Daily function \(ALSFRS-R\)/,
  )
  // Arabic joins with its own "and" (و), never a Latin comma.
  const arabic = describeShare(translator('ar'), 'ar', 2, parts)
  expect(arabic).not.toContain(',')
  expect(arabic).toMatch(/ و\S/)
})
