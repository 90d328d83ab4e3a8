import { describe, expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'

// Arabic has a dual and counts three to ten apart from eleven and more: "twice"
// is one word (مرتين), "3 times" takes مرات, "11 times" takes مرة.
describe('counted words in Arabic', () => {
  const t = translator('ar')
  test('the privacy log says “twice” as Arabic does, and a plural only from three to ten', () => {
    const opened = (count: number) => t('privacy.log.case', { count })
    expect(opened(1)).toBe('فتح الحالة')
    expect(opened(2)).toBe('فتح الحالة مرتين')
    expect(opened(3)).toMatch(/ مرات$/)
    expect(opened(11)).toMatch(/ مرة$/)
    expect(opened(100)).toMatch(/ مرة$/)
    const downloaded = t('privacy.log.document', { count: 2, name: 'تقرير' })
    expect(downloaded).toBe('نزّل «تقرير» مرتين')
  })
})
