import { describe, expect, test } from 'vitest'
import { itemIds, type ItemId } from './items.ts'
import { scoreAlsfrs, type Answers } from './score.ts'

const allFours: Answers = Object.fromEntries(itemIds.filter((id) => id !== '5b').map((id) => [id, 4]))
/** Normal answers with some changed; giving 5b drops 5a, as the form does. */
const answersWith = (changes: Answers): Answers => {
  const answers = { ...allFours, ...changes }
  if ('5b' in changes && !('5a' in changes)) delete answers['5a']
  return answers
}

// A deterministic stream of item scores 0–4 (an LCG; high bits, as its low bits cycle quickly).
function scoreStream(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return (s >>> 16) % 5
  }
}

describe('scoring a complete ALSFRS-R', () => {
  test('a person without symptoms scores 48, 12 in each domain', () => {
    expect(scoreAlsfrs(allFours)).toEqual({
      ok: true,
      value: {
        total: 48,
        domains: { bulbar: 12, 'fine-motor': 12, 'gross-motor': 12, respiratory: 12 },
        gastrostomy: false,
        scores: {
          '1': 4,
          '2': 4,
          '3': 4,
          '4': 4,
          '5': 4,
          '6': 4,
          '7': 4,
          '8': 4,
          '9': 4,
          '10': 4,
          '11': 4,
          '12': 4,
        },
      },
    })
  })

  test.each([
    // Speech 3 + saliva 4 + swallowing 2 = 9; writing 2 + cutting 3 + dressing 3 = 8;
    // turning 4 + walking 3 + stairs 2 = 9; dyspnoea 3 + orthopnoea 4 + support 4 = 11; 9+8+9+11 = 37.
    [
      'mixed mild involvement',
      { '1': 3, '3': 2, '4': 2, '5a': 3, '6': 3, '8': 3, '9': 2, '10': 3 },
      37,
      [9, 8, 9, 11],
    ],
    // Bulbar onset: 1+2+1 = 4; limbs untouched 12 + 12; respiratory 4+4+3 = 11; 4+12+12+11 = 39.
    ['bulbar onset', { '1': 1, '2': 2, '3': 1, '12': 3 }, 39, [4, 12, 12, 11]],
    // Lower-limb onset: 7, 8, 9 at 3, 1, 0 = 4; the rest 12 each; 12+12+4+12 = 40.
    ['lower-limb onset', { '7': 3, '8': 1, '9': 0 }, 40, [12, 12, 4, 12]],
    // Every item at 0.
    [
      'no function anywhere',
      { '1': 0, '2': 0, '3': 0, '4': 0, '5a': 0, '6': 0, '7': 0, '8': 0, '9': 0, '10': 0, '11': 0, '12': 0 },
      0,
      [0, 0, 0, 0],
    ],
    // 5b = 1 counts as item 5: fine motor 4 + 1 + 4 = 9; total 48 − 3 = 45.
    ['gastrostomy, item 5b at 1', { '5b': 1 }, 45, [12, 9, 12, 12]],
  ] as const)('worked example, %s', (_label, changes, total, [bulbar, fine, gross, respiratory]) => {
    const r = scoreAlsfrs(answersWith(changes))
    expect(r).toMatchObject({
      ok: true,
      value: {
        total,
        domains: { bulbar, 'fine-motor': fine, 'gross-motor': gross, respiratory },
      },
    })
  })

  test('item 5b counts instead of 5a and marks a gastrostomy', () => {
    const r = scoreAlsfrs(answersWith({ '5b': 2 }))
    expect(r).toMatchObject({ ok: true, value: { total: 46, gastrostomy: true, scores: { '5': 2 } } })
  })

  test('the gastrostomy option, when given, agrees with the form answered', () => {
    expect(scoreAlsfrs(answersWith({ '5b': 3 }), { gastrostomy: true })).toMatchObject({
      ok: true,
      value: { gastrostomy: true, total: 47 },
    })
    expect(scoreAlsfrs(allFours, { gastrostomy: false })).toMatchObject({
      ok: true,
      value: { gastrostomy: false, total: 48 },
    })
  })

  test('an unanswered item given as null is missing, not zero', () => {
    expect(scoreAlsfrs({ ...allFours, '9': null as unknown as number })).toEqual({
      ok: false,
      error: { code: 'alsfrs.incomplete', missing: ['9'] },
    })
  })
})

describe('refusals', () => {
  test('no answers at all: every item is missing, with item 5 as 5a', () => {
    expect(scoreAlsfrs({})).toEqual({
      ok: false,
      error: {
        code: 'alsfrs.incomplete',
        missing: ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12'],
      },
    })
  })

  test('missing items are listed in questionnaire order', () => {
    const { '8': _8, '5a': _5a, '12': _12, ...partial } = allFours
    expect(scoreAlsfrs(partial)).toEqual({
      ok: false,
      error: { code: 'alsfrs.incomplete', missing: ['5a', '8', '12'] },
    })
  })

  test('with a known gastrostomy and item 5 unanswered, 5b is the one missing', () => {
    const { '5a': _, ...without5 } = allFours
    expect(scoreAlsfrs(without5, { gastrostomy: true })).toEqual({
      ok: false,
      error: { code: 'alsfrs.incomplete', missing: ['5b'] },
    })
  })

  test.each([5, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 40])(
    'an answer of %d is out of range',
    (value) => {
      expect(scoreAlsfrs({ ...allFours, '4': value })).toEqual({
        ok: false,
        error: { code: 'alsfrs.out-of-range', items: ['4'] },
      })
    },
  )

  test('every out-of-range item is named, and that comes before missing items', () => {
    const { '1': _, ...partial } = allFours
    expect(scoreAlsfrs({ ...partial, '3': 5, '7': -1 })).toEqual({
      ok: false,
      error: { code: 'alsfrs.out-of-range', items: ['3', '7'] },
    })
  })

  test('both forms of item 5 answered is refused, even when they agree', () => {
    expect(scoreAlsfrs({ ...allFours, '5b': 4 })).toEqual({
      ok: false,
      error: { code: 'alsfrs.both-5a-and-5b' },
    })
  })

  test.each([
    [true, allFours, '5b'],
    [false, answersWith({ '5b': 3 }), '5a'],
  ] as const)(
    'gastrostomy %s with the other form of item 5 is a mismatch',
    (gastrostomy, answers, expected) => {
      expect(scoreAlsfrs(answers, { gastrostomy })).toEqual({
        ok: false,
        error: { code: 'alsfrs.item-5-form-mismatch', expected },
      })
    },
  )
})

describe('invariants over many generated answer sets', () => {
  test('every single item at every score: the total drops by exactly the points lost', () => {
    for (const id of itemIds) {
      for (const value of [0, 1, 2, 3, 4]) {
        const r = scoreAlsfrs(answersWith({ [id]: value } as Partial<Record<ItemId, number>>))
        expect(r.ok && r.value.total, `${id}=${value}`).toBe(48 - (4 - value))
      }
    }
  })

  test('the total stays within 0–48, each domain within 0–12, and the domains add up to the total', () => {
    const next = scoreStream(2026)
    const seen = new Set<number>()
    for (let n = 0; n < 5_000; n++) {
      const gastrostomy = n % 3 === 0
      const answers: Answers = {}
      for (const id of itemIds) {
        if (id === (gastrostomy ? '5a' : '5b')) continue
        answers[id] = next()
      }
      const r = scoreAlsfrs(answers)
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      const { total, domains, scores } = r.value
      expect(total).toBeGreaterThanOrEqual(0)
      expect(total).toBeLessThanOrEqual(48)
      for (const d of Object.values(domains)) {
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(12)
      }
      expect(domains.bulbar + domains['fine-motor'] + domains['gross-motor'] + domains.respiratory).toBe(
        total,
      )
      expect(Object.values(scores).reduce((a: number, b) => a + b, 0)).toBe(total)
      expect(r.value.gastrostomy).toBe(gastrostomy)
      expect(scores['5']).toBe(answers[gastrostomy ? '5b' : '5a'])
      seen.add(total)
    }
    // Guards the generator: the loop must have explored a wide spread of totals.
    expect(Math.min(...seen)).toBeLessThan(12)
    expect(Math.max(...seen)).toBeGreaterThan(36)
  })

  test('every combination within a domain (5³ each) sums to that domain only', () => {
    const domainItems = [
      ['bulbar', ['1', '2', '3']],
      ['fine-motor', ['4', '5a', '6']],
      ['gross-motor', ['7', '8', '9']],
      ['respiratory', ['10', '11', '12']],
    ] as const
    for (const [domain, [a, b, c]] of domainItems) {
      for (let i = 0; i < 125; i++) {
        const [x, y, z] = [i % 5, Math.floor(i / 5) % 5, Math.floor(i / 25)]
        const r = scoreAlsfrs({ ...allFours, [a]: x, [b]: y, [c]: z })
        if (!r.ok) throw new Error(JSON.stringify(r.error))
        expect(r.value.domains[domain]).toBe(x + y + z)
        expect(r.value.total).toBe(36 + x + y + z)
      }
    }
  })
})
