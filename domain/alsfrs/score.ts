import { err, ok, type Result } from '../shared/result.ts'
import { alsfrsItems, itemIds, type AlsfrsDomain, type ItemId, type ItemScore } from './items.ts'

/** Raw answers, as a form sends them: checked here, so any number may arrive. */
export type Answers = Partial<Record<ItemId, number>>

export type ScoreOptions = {
  /**
   * Whether the person has a gastrostomy, when the caller knows it. Then the
   * matching form of item 5 (5b with, 5a without) is required. Left out, the
   * form that was answered decides.
   */
  gastrostomy?: boolean
}

/** The twelve scored items: item 5 is whichever of 5a or 5b was answered. */
export type ScoredItemId = Exclude<ItemId, '5a' | '5b'> | '5'

export type AlsfrsScore = {
  /** 0–48, higher is better. */
  total: number
  /** Each 0–12; they add up to the total. */
  domains: Record<AlsfrsDomain, number>
  /** True when item 5b counted, which is what marks a gastrostomy. */
  gastrostomy: boolean
  scores: Record<ScoredItemId, ItemScore>
}

export type ScoreAlsfrsError =
  | { code: 'alsfrs.out-of-range'; items: ItemId[] }
  | { code: 'alsfrs.both-5a-and-5b' }
  | { code: 'alsfrs.item-5-form-mismatch'; expected: '5a' | '5b' }
  | { code: 'alsfrs.incomplete'; missing: ItemId[] }

const isItemScore = (n: number): n is ItemScore => Number.isInteger(n) && n >= 0 && n <= 4

/**
 * Scores a completed ALSFRS-R. Refusals, checked in this order so the first
 * one names the real problem: any answer that is not a whole number 0–4;
 * both forms of item 5; the wrong form of item 5 for a known gastrostomy;
 * unanswered items, listed in questionnaire order.
 */
export function scoreAlsfrs(
  answers: Answers,
  options: ScoreOptions = {},
): Result<AlsfrsScore, ScoreAlsfrsError> {
  // null counts as unanswered: form parsers and JSON columns both produce it.
  const given = itemIds.filter((id) => answers[id] !== undefined && answers[id] !== null)
  const outOfRange = given.filter((id) => !isItemScore(answers[id] as number))
  if (outOfRange.length > 0) return err({ code: 'alsfrs.out-of-range', items: outOfRange })

  const has5a = given.includes('5a')
  const has5b = given.includes('5b')
  if (has5a && has5b) return err({ code: 'alsfrs.both-5a-and-5b' })
  if (options.gastrostomy === true && has5a)
    return err({ code: 'alsfrs.item-5-form-mismatch', expected: '5b' })
  if (options.gastrostomy === false && has5b)
    return err({ code: 'alsfrs.item-5-form-mismatch', expected: '5a' })

  // With neither form answered, 5a is reported missing unless a gastrostomy is known:
  // 5a is the form most people answer.
  const form5: '5a' | '5b' = has5b || options.gastrostomy === true ? '5b' : '5a'
  const missing = itemIds.filter(
    (id) => (id === '5a' || id === '5b' ? id === form5 : true) && !given.includes(id),
  )
  if (missing.length > 0) return err({ code: 'alsfrs.incomplete', missing })

  const at = (id: ItemId) => answers[id] as ItemScore
  const scores: Record<ScoredItemId, ItemScore> = {
    '1': at('1'),
    '2': at('2'),
    '3': at('3'),
    '4': at('4'),
    '5': at(form5),
    '6': at('6'),
    '7': at('7'),
    '8': at('8'),
    '9': at('9'),
    '10': at('10'),
    '11': at('11'),
    '12': at('12'),
  }
  const domains: Record<AlsfrsDomain, number> = {
    bulbar: 0,
    'fine-motor': 0,
    'gross-motor': 0,
    respiratory: 0,
  }
  let total = 0
  for (const id of itemIds) {
    if ((id === '5a' || id === '5b') && id !== form5) continue
    domains[alsfrsItems[id].domain] += at(id)
    total += at(id)
  }
  return ok({ total, domains, gastrostomy: form5 === '5b', scores })
}
