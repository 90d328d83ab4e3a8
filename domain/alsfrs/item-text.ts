import arAlsfrs from '#content/messages/ar/alsfrs.json' with { type: 'json' }
import enAlsfrs from '#content/messages/en/alsfrs.json' with { type: 'json' }
import frAlsfrs from '#content/messages/fr/alsfrs.json' with { type: 'json' }
import { makeTranslator, type Messages } from '../i18n/format-message.ts'
import type { Locale } from '../i18n/locales.ts'
import { itemIds, itemScores, type ItemId, type ItemScore } from './items.ts'

// The questionnaire's wording is part of the message catalogue
// (content/messages/<locale>/alsfrs.json: alsfrs.item.<id>.label, .question,
// .hint, .option.<score>): our own plain-language paraphrase, not the
// instrument's text, nor a validated translation of it
// (content/messages/README.md says why). This shapes it per item. It reads
// only the alsfrs files, not the whole catalogue: the pages that ask the
// questions run in the browser too, which must not receive every language's
// catalogue (ADR 0019).
export type AlsfrsItemText = {
  /** Short name for summaries and check-answers pages. */
  label: string
  question: string
  hint?: string
  options: Record<ItemScore, string>
}

const alsfrsMessages: Record<Locale, Messages> = {
  en: enAlsfrs,
  fr: { ...enAlsfrs, ...frAlsfrs },
  ar: { ...enAlsfrs, ...arAlsfrs },
}

const key = <K extends string>(id: ItemId, part: K) => `alsfrs.item.${id}.${part}` as const

function itemTextIn(locale: Locale): Record<ItemId, AlsfrsItemText> {
  const t = makeTranslator(locale, alsfrsMessages[locale])
  return Object.fromEntries(
    itemIds.map((id): [ItemId, AlsfrsItemText] => {
      const hint = key(id, 'hint')
      return [
        id,
        {
          label: t(key(id, 'label')),
          question: t(key(id, 'question')),
          ...(t.has(hint) ? { hint: t(hint) } : {}),
          options: Object.fromEntries(itemScores.map((s) => [s, t(key(id, `option.${s}`))])) as Record<
            ItemScore,
            string
          >,
        },
      ]
    }),
  ) as Record<ItemId, AlsfrsItemText>
}

const byLocale = new Map<Locale, Record<ItemId, AlsfrsItemText>>()

/** The questionnaire's wording in the viewer's language. */
export function alsfrsItemTextFor(locale: Locale): Record<ItemId, AlsfrsItemText> {
  let text = byLocale.get(locale)
  if (!text) byLocale.set(locale, (text = itemTextIn(locale)))
  return text
}

/** The English wording: the FHIR export names the items in English. */
export const alsfrsItemText: Record<ItemId, AlsfrsItemText> = alsfrsItemTextFor('en')
