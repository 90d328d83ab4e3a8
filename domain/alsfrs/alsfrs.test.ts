import { describe, expect, test } from 'vitest'
import { deltaFs, progressionCategory } from './delta-fs.ts'
import type { ItemId } from './items.ts'
import { scoreAlsfrs, type Answers } from './score.ts'
import { kingsStage, mitosStage } from './staging.ts'

const normal: Answers = {
  '1': 4,
  '2': 4,
  '3': 4,
  '4': 4,
  '5a': 4,
  '6': 4,
  '7': 4,
  '8': 4,
  '9': 4,
  '10': 4,
  '11': 4,
  '12': 4,
}
const scored = (changes: Answers, base = normal) => {
  const r = scoreAlsfrs({ ...base, ...changes })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('ALSFRS-R total and domains', () => {
  test('a person without symptoms scores 48, 12 in each domain', () => {
    expect(scored({})).toMatchObject({
      total: 48,
      domains: { bulbar: 12, 'fine-motor': 12, 'gross-motor': 12, respiratory: 12 },
      gastrostomy: false,
    })
  })

  test('worked example: subscores add up to the total', () => {
    // Speech 3, salivation 4, swallowing 2 → bulbar 9; handwriting 2, cutting 3, dressing 3 → fine 8;
    // turning 4, walking 3, stairs 2 → gross 9; dyspnoea 3, orthopnoea 4, support 4 → respiratory 11; total 37.
    const s = scored({ '1': 3, '3': 2, '4': 2, '5a': 3, '6': 3, '8': 3, '9': 2, '10': 3 })
    expect(s).toMatchObject({
      total: 37,
      domains: { bulbar: 9, 'fine-motor': 8, 'gross-motor': 9, respiratory: 11 },
    })
  })

  test('with a gastrostomy item 5b counts instead of 5a, and marks it', () => {
    const { '5a': _, ...without5a } = normal
    const s = scored({ '5b': 2 }, without5a)
    expect(s).toMatchObject({ total: 46, gastrostomy: true, scores: { '5': 2 } })
  })

  test('refuses incomplete, out-of-range, or both 5a and 5b', () => {
    const { '8': _, '5a': __, ...partial } = normal
    expect(scoreAlsfrs(partial)).toEqual({
      ok: false,
      error: { code: 'alsfrs.incomplete', missing: ['5a', '8'] as ItemId[] },
    })
    expect(scoreAlsfrs({ ...normal, '3': 5, '7': -1 })).toEqual({
      ok: false,
      error: { code: 'alsfrs.out-of-range', items: ['3', '7'] },
    })
    expect(scoreAlsfrs({ ...normal, '4': 2.5 })).toMatchObject({
      ok: false,
      error: { code: 'alsfrs.out-of-range' },
    })
    expect(scoreAlsfrs({ ...normal, '5b': 3 })).toEqual({
      ok: false,
      error: { code: 'alsfrs.both-5a-and-5b' },
    })
  })

  test('every combination stays between 0 and 48 and the domains always sum to the total', () => {
    const ids = ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'] as const
    for (let seed = 0; seed < 2000; seed++) {
      const answers: Answers = {}
      ids.forEach((id, i) => (answers[id] = (seed * 7 + i * 13 + ((seed >> i) & 3)) % 5))
      const s = scored(answers, {})
      expect(s.total).toBeGreaterThanOrEqual(0)
      expect(s.total).toBeLessThanOrEqual(48)
      expect(Object.values(s.domains).reduce((a, b) => a + b, 0)).toBe(s.total)
    }
  })
})

describe("King's stage (estimated from ALSFRS-R)", () => {
  test.each([
    ['no region involved (stage 0) counts as 1', {}, '1'],
    ['only items 6, 7, 9 lower still counts as 1', { '6': 2, '7': 3, '9': 1 }, '1'],
    ['bulbar only', { '1': 3 }, '1'],
    ['bulbar and upper limb', { '2': 3, '5a': 3 }, '2'],
    ['bulbar, upper and lower limb', { '3': 3, '4': 2, '8': 3 }, '3'],
    ['NIV: respiratory insufficiency below 4', { '12': 3 }, '4B'],
    ['dyspnoea at 0', { '10': 0 }, '4B'],
    ['dyspnoea at 1 is not 4B', { '10': 1, '1': 3 }, '1'],
  ] as const)('%s', (_label, changes, stage) => {
    expect(kingsStage(scored(changes))).toBe(stage)
  })

  test('gastrostomy (5b answered) is 4A; with NIV as well it is 4B', () => {
    const { '5a': _, ...base } = normal
    expect(kingsStage(scored({ '5b': 3 }, base))).toBe('4A')
    expect(kingsStage(scored({ '5b': 3, '12': 2 }, base))).toBe('4B')
  })
})

describe('MiToS stage', () => {
  test('no domain lost is stage 0', () => {
    expect(mitosStage(scored({ '1': 2, '4': 2 }))).toEqual({ stage: 0, lost: [] })
  })
  test('communication uses AND: speech lost alone does not count', () => {
    expect(mitosStage(scored({ '1': 1, '4': 2 })).lost).toEqual([])
    expect(mitosStage(scored({ '1': 2, '4': 0 })).lost).toEqual([])
    expect(mitosStage(scored({ '1': 1, '4': 1 })).lost).toEqual(['communicating'])
  })
  test.each([
    [{ '8': 1 }, ['walking-self-care']],
    [{ '6': 0 }, ['walking-self-care']],
    [{ '3': 1 }, ['swallowing']],
    [{ '10': 1 }, ['breathing']],
    [{ '12': 2 }, ['breathing']],
    [{ '12': 3 }, []],
  ] as const)('thresholds %o', (changes, lost) => {
    expect(mitosStage(scored(changes)).lost).toEqual(lost)
  })
  test('all four lost is stage 4', () => {
    expect(mitosStage(scored({ '8': 0, '3': 0, '1': 0, '4': 0, '12': 0 }))).toEqual({
      stage: 4,
      lost: ['walking-self-care', 'swallowing', 'communicating', 'breathing'],
    })
  })
})

describe('ΔFS', () => {
  test('worked example: 36 points twelve months after onset is about 1.0 point a month', () => {
    const r = deltaFs(36, '2024-01-15', '2025-01-15')
    expect(r.ok && r.value).toBeCloseTo(12 / (366 / (365.25 / 12)), 6)
    // 2024 is a leap year: 366 days are 12.02 months.
    expect(r.ok && Math.round(r.value * 100) / 100).toBe(1)
  })
  test('an assessment on or before onset is refused', () => {
    expect(deltaFs(40, '2025-01-15', '2025-01-15')).toEqual({
      ok: false,
      error: { code: 'alsfrs.assessment-before-onset' },
    })
    expect(deltaFs(40, '2025-02-15', '2025-01-15').ok).toBe(false)
  })
  test.each([
    [0.49, 'slower'],
    [0.5, 'intermediate'],
    [1.0, 'intermediate'],
    [1.01, 'faster'],
  ] as const)('%d points a month is %s', (rate, category) => {
    expect(progressionCategory(rate)).toBe(category)
  })
})
