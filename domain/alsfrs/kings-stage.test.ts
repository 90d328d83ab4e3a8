import { describe, expect, test } from 'vitest'
import { itemIds } from './items.ts'
import { kingsRegions, kingsStage, needsVentilation, type KingsStage } from './kings-stage.ts'
import { scoreAlsfrs, type Answers, type AlsfrsScore, type ScoredItemId } from './score.ts'

const allFours: Answers = Object.fromEntries(itemIds.filter((id) => id !== '5b').map((id) => [id, 4]))
/** Scores normal answers with some changed; giving 5b drops 5a, as the form does. */
function scored(changes: Answers): AlsfrsScore {
  const answers = { ...allFours, ...changes }
  if ('5b' in changes) delete answers['5a']
  const r = scoreAlsfrs(answers)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe("King's stage estimated from the ALSFRS-R", () => {
  test.each([
    // No region involved is "stage 0", counted as 1.
    ['a person without symptoms (stage 0 → 1)', {}, '1'],
    ['only dressing, turning and stairs lowered (stage 0 → 1)', { '6': 2, '7': 3, '9': 0 }, '1'],
    ['only breathlessness, short of the NIV criteria (stage 0 → 1)', { '10': 1, '11': 0 }, '1'],
    // One region.
    ['speech 3: bulbar', { '1': 3 }, '1'],
    ['saliva 3: bulbar', { '2': 3 }, '1'],
    ['swallowing 3: bulbar', { '3': 3 }, '1'],
    ['handwriting 3: upper limb', { '4': 3 }, '1'],
    ['cutting food 3: upper limb', { '5a': 3 }, '1'],
    ['walking 3: lower limb', { '8': 3 }, '1'],
    // Two regions.
    ['bulbar and upper limb', { '2': 3, '5a': 3 }, '2'],
    ['bulbar and lower limb', { '3': 0, '8': 2 }, '2'],
    ['upper and lower limb', { '4': 1, '8': 3 }, '2'],
    // Three regions, however severe, without gastrostomy or NIV.
    ['bulbar, upper and lower limb', { '3': 3, '4': 2, '8': 3 }, '3'],
    ['all three regions at 0', { '1': 0, '4': 0, '8': 0, '10': 1, '12': 4 }, '3'],
    // 4A: item 5b answered, whatever its score and the regions.
    ['gastrostomy, item 5b at 4', { '5b': 4 }, '4A'],
    ['gastrostomy with three regions', { '5b': 2, '1': 2, '8': 1 }, '4A'],
    // 4B: item 10 at 0 or item 12 below 4.
    ['breathing support some of the time (12 = 3)', { '12': 3 }, '4B'],
    ['invasive ventilation (12 = 0)', { '12': 0 }, '4B'],
    ['breathlessness with support being considered (10 = 0)', { '10': 0 }, '4B'],
    // Both 4A and 4B criteria: 4B wins.
    ['gastrostomy and NIV at night', { '5b': 3, '12': 2 }, '4B'],
    ['gastrostomy and dyspnoea at 0', { '5b': 3, '10': 0 }, '4B'],
  ] as const)('%s → %s', (_label, changes, stage) => {
    expect(kingsStage(scored(changes))).toBe(stage)
  })

  test.each([
    // Thresholds: region involvement is "below 4"; NIV is item 10 exactly 0 or item 12 below 4.
    [{ '1': 4 }, '1'],
    [{ '1': 3, '4': 4, '8': 4 }, '1'],
    [{ '10': 1 }, '1'],
    [{ '10': 0 }, '4B'],
    [{ '12': 4 }, '1'],
    [{ '12': 3 }, '4B'],
  ] as const)('boundary %o → %s', (changes, stage) => {
    expect(kingsStage(scored(changes))).toBe(stage)
  })

  test.each([
    [{}, []],
    [{ '9': 0, '7': 0 }, []],
    [{ '2': 2, '8': 3 }, ['bulbar', 'lower-limb']],
    [{ '5b': 3 }, ['upper-limb']],
    [{ '5b': 4 }, []],
    [{ '1': 0, '5a': 0, '8': 0 }, ['bulbar', 'upper-limb', 'lower-limb']],
  ] as const)('regions involved for %o: %o', (changes, regions) => {
    expect(kingsRegions(scored(changes))).toEqual(regions)
  })

  test('ventilation need is item 10 at 0 or item 12 below 4', () => {
    expect(needsVentilation(scored({}))).toBe(false)
    expect(needsVentilation(scored({ '10': 1, '11': 0 }))).toBe(false)
    expect(needsVentilation(scored({ '10': 0 }))).toBe(true)
    expect(needsVentilation(scored({ '12': 3 }))).toBe(true)
  })
})

// The reference implementation (yoonhohong/proact staging/estimate_king_mitos_alsfrs.R),
// transcribed with its sums: bulbar < 12, handwriting + cutting < 8, walking < 4,
// gastrostomy or NIV → 4, then 0 → 1. It does not split 4 into 4A and 4B.
function referenceKing(v: Record<ScoredItemId, number>, gastrostomy: boolean): number {
  const bulbar = v['1'] + v['2'] + v['3'] < 12 ? 1 : 0
  const upper = v['4'] + v['5'] < 8 ? 1 : 0
  const lower = v['8'] < 4 ? 1 : 0
  let king = bulbar + upper + lower
  if (gastrostomy || v['10'] === 0 || v['12'] < 4) king = 4
  return king === 0 ? 1 : king
}

const rank: Record<KingsStage, number> = { '1': 1, '2': 2, '3': 3, '4A': 4, '4B': 4 }

describe("King's stage against the reference implementation", () => {
  test('agrees on every combination of threshold values, and splits 4 only as documented', () => {
    const levels = [0, 3, 4]
    let checked = 0
    for (let i = 0; i < 3 ** 8 * 2 * 2; i++) {
      let rest = i
      const pick = () => {
        const v = levels[rest % 3]!
        rest = Math.floor(rest / 3)
        return v
      }
      const changes = {
        '1': pick(),
        '2': pick(),
        '3': pick(),
        '4': pick(),
        '8': pick(),
        '10': pick(),
        '12': pick(),
      }
      const five = pick()
      const gastrostomy = rest % 2 === 1
      // Items the estimate ignores are 4 in half the cases and 0 in the other half.
      const ignored = Math.floor(rest / 2) % 2 === 0 ? 4 : 0
      const s = scored({
        ...changes,
        [gastrostomy ? '5b' : '5a']: five,
        '6': ignored,
        '7': ignored,
        '9': ignored,
        '11': ignored,
      })
      const stage = kingsStage(s)
      expect(rank[stage]).toBe(referenceKing(s.scores, gastrostomy))
      if (rank[stage] === 4) expect(stage).toBe(needsVentilation(s) ? '4B' : '4A')
      checked++
    }
    expect(checked).toBe(26_244)
  })

  test('losing a point on any item never moves the stage back', () => {
    let s = 7
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0
      return (s >>> 16) % 5
    }
    for (let n = 0; n < 2_000; n++) {
      const form5 = n % 4 === 0 ? '5b' : '5a'
      const answers: Answers = {}
      for (const id of itemIds) if (id !== (form5 === '5a' ? '5b' : '5a')) answers[id] = next()
      const before = rank[kingsStage(scored(answers))]
      for (const id of Object.keys(answers) as (keyof Answers)[]) {
        const value = answers[id]!
        if (value === 0) continue
        expect(rank[kingsStage(scored({ ...answers, [id]: value - 1 }))]).toBeGreaterThanOrEqual(before)
      }
    }
  })
})
