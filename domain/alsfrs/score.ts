import { err, ok, type Result } from '../shared/result.ts'
import { itemIds, items, type Domain, type ItemId, type Score } from './items.ts'

// ALSFRS-R scoring (Cedarbaum et al. 1999): twelve items scored 4 (normal) to
// 0, total 0–48. Exactly one of 5a/5b counts: 5b is for people with a
// gastrostomy and marks it.
export type Answers = Partial<Record<ItemId, number>>

export type Scored = {
  total: number
  domains: Record<Domain, number>
  gastrostomy: boolean
  scores: Record<Exclude<ItemId, '5a' | '5b'> | '5', Score>
}

export type ScoreError =
  | { code: 'alsfrs.incomplete'; missing: ItemId[] }
  | { code: 'alsfrs.out-of-range'; items: ItemId[] }
  | { code: 'alsfrs.both-5a-and-5b' }

const isScore = (n: unknown): n is Score => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 4

export function scoreAlsfrs(answers: Answers): Result<Scored, ScoreError> {
  const given = itemIds.filter((id) => answers[id] !== undefined && answers[id] !== null)
  const bad = given.filter((id) => !isScore(answers[id]))
  if (bad.length) return err({ code: 'alsfrs.out-of-range', items: bad })
  if (given.includes('5a') && given.includes('5b')) return err({ code: 'alsfrs.both-5a-and-5b' })
  // In questionnaire order; item 5 is missing when neither of its forms is answered.
  const missing: ItemId[] = itemIds.filter((id) =>
    id === '5b' ? false : id === '5a' ? !given.includes('5a') && !given.includes('5b') : !given.includes(id),
  )
  if (missing.length) return err({ code: 'alsfrs.incomplete', missing })
  const gastrostomy = given.includes('5b')
  const five = (gastrostomy ? answers['5b'] : answers['5a']) as Score
  const s = (id: ItemId) => answers[id] as Score
  const scores = {
    '1': s('1'),
    '2': s('2'),
    '3': s('3'),
    '4': s('4'),
    '5': five,
    '6': s('6'),
    '7': s('7'),
    '8': s('8'),
    '9': s('9'),
    '10': s('10'),
    '11': s('11'),
    '12': s('12'),
  }
  const domains: Record<Domain, number> = { bulbar: 0, 'fine-motor': 0, 'gross-motor': 0, respiratory: 0 }
  for (const [id, value] of Object.entries(scores)) {
    const item = items[(id === '5' ? (gastrostomy ? '5b' : '5a') : id) as ItemId]
    domains[item.domain] += value
  }
  const total = Object.values(scores).reduce((a: number, b) => a + b, 0)
  return ok({ total, domains, gastrostomy, scores })
}
