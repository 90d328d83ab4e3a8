import { placeOfZone } from './time-zones.ts'
import { alsfrsItemTextFor, type Who } from '../alsfrs/item-text.ts'
import type { ItemScore } from '../alsfrs/items.ts'
import { displayName, formatDate, formatList, formatMoneyAmount, formatNumber } from '../i18n/format.ts'
import type { Locale } from '../i18n/locales.ts'
import type { MessageKey } from '../i18n/messages/en.ts'
import type { Translate } from '../i18n/translate.ts'
import type { AnswerValue, Question } from './questions.ts'

// How an answer reads back on check-answers pages and to coordinators.
export const questionKey = (id: string, part: 'title' | 'short' | 'hint') =>
  `intake.q.${id}.${part}` as MessageKey
export const choiceKey = (id: string, value: string) => `intake.q.${id}.${value}` as MessageKey

const day = (locale: Locale, iso: string) => formatDate(locale, new Date(`${iso}T00:00:00Z`))

export function formatAnswer(
  question: Question,
  value: AnswerValue | undefined,
  t: Translate,
  locale: Locale,
  /** Whether the questions spoke to the patient or about them: an ALSFRS-R answer reads back in the words it was given in. */
  who: Who,
): string {
  if (value === undefined) return t('intake.notAnswered')
  switch (question.kind) {
    case 'radios':
      return typeof value === 'string' ? t(choiceKey(question.id, value)) : ''
    case 'alsfrs-item':
      return typeof value === 'string'
        ? `${alsfrsItemTextFor(locale, who)[question.item].options[Number(value) as ItemScore]} (${value})`
        : ''
    case 'checkboxes': {
      const picked = Array.isArray(value)
        ? value
        : typeof value === 'object'
          ? (value['choices'] ?? '').split(',')
          : []
      if (picked.length === 0) return t('intake.none')
      const other = !Array.isArray(value) && typeof value === 'object' ? value['other'] : undefined
      const label = (v: string) =>
        question.regionChoices && /^[A-Z]{2}$/.test(v)
          ? displayName(locale, 'region', v)
          : t(choiceKey(question.id, v))
      // As the language lists things: Arabic with its own comma.
      return formatList(
        locale,
        picked
          .filter(Boolean)
          .map((v) => (v === question.otherChoice && other ? `${label(v)}: ${other}` : label(v))),
      )
    }
    case 'select':
      if (typeof value !== 'string') return ''
      if (question.options === 'countries') return displayName(locale, 'region', value)
      if (question.options === 'languages') return displayName(locale, 'language', value)
      return t('intake.timeZone.place', placeOfZone(locale, value))
    case 'text':
    case 'textarea':
      return typeof value === 'string' && value ? value : t('intake.none')
    case 'date':
      return typeof value === 'string' ? day(locale, value) : ''
    case 'contact':
      return typeof value === 'object' && !Array.isArray(value)
        ? `${t(choiceKey('contact', value['method'] ?? ''))}: ${value['detail'] ?? ''}`
        : ''
    case 'fvc':
      return typeof value === 'object' && !Array.isArray(value) && value['percent']
        ? t('intake.fvc.value', {
            percent: formatNumber(locale, Number(value['percent'])),
            date: day(locale, value['date'] ?? ''),
          })
        : t('intake.notKnown')
    case 'money':
      return typeof value === 'object' && !Array.isArray(value) && value['amount']
        ? /^[A-Z]{3}$/.test(value['currency'] ?? '')
          ? formatMoneyAmount(locale, Number(value['amount']), value['currency']!)
          : formatNumber(locale, Number(value['amount']))
        : t('intake.notKnown')
    case 'date-range':
      return typeof value === 'object' && !Array.isArray(value) && value['from']
        ? t('intake.range.value', {
            from: day(locale, value['from']),
            to: day(locale, value['to'] ?? value['from']),
          })
        : t('intake.notKnown')
  }
}
