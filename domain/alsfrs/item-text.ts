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
// (content/messages/README.md says why). Each question, hint and option has
// two forms, selected by `who`: 'self' for the patient answering about
// themselves ("How is your speech?"), 'other' for someone answering about the
// patient ("How is their speech?"). This shapes it per item. It reads
// only the alsfrs files, not the whole catalogue: the pages that ask the
// questions run in the browser too, which must not receive every language's
// catalogue (ADR 0019).
/** Who the questions speak to: the patient ('self') or someone answering about them ('other'). */
export type Who = 'self' | 'other'

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

function itemTextIn(locale: Locale, who: Who): Record<ItemId, AlsfrsItemText> {
  const translate = makeTranslator(locale, alsfrsMessages[locale])
  const t = (k: Parameters<typeof translate>[0]) => translate(k, { who })
  return Object.fromEntries(
    itemIds.map((id): [ItemId, AlsfrsItemText] => {
      const hint = key(id, 'hint')
      return [
        id,
        {
          label: t(key(id, 'label')),
          question: t(key(id, 'question')),
          ...(translate.has(hint) ? { hint: t(hint) } : {}),
          options: Object.fromEntries(itemScores.map((s) => [s, t(key(id, `option.${s}`))])) as Record<
            ItemScore,
            string
          >,
        },
      ]
    }),
  ) as Record<ItemId, AlsfrsItemText>
}

const byLocale = new Map<`${Locale}/${Who}`, Record<ItemId, AlsfrsItemText>>()

/** The questionnaire's wording in the viewer's language, spoken to the patient or about them. */
export function alsfrsItemTextFor(locale: Locale, who: Who): Record<ItemId, AlsfrsItemText> {
  let text = byLocale.get(`${locale}/${who}`)
  if (!text) byLocale.set(`${locale}/${who}`, (text = itemTextIn(locale, who)))
  return text
}

/** The English wording as the patient reads it: the FHIR export names the items in English. */
export const alsfrsItemText: Record<ItemId, AlsfrsItemText> = alsfrsItemTextFor('en', 'self')
