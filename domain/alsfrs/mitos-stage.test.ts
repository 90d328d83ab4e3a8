import { describe, expect, test } from 'vitest'
import { itemIds } from './items.ts'
import { mitosStage } from './mitos-stage.ts'
import { scoreAlsfrs, type Answers, type AlsfrsScore } from './score.ts'

const allFours: Answers = Object.fromEntries(itemIds.filter((id) => id !== '5b').map((id) => [id, 4]))
/** Scores normal answers with some changed; giving 5b drops 5a, as the form does. */
function scored(changes: Answers): AlsfrsScore {
  const answers = { ...allFours, ...changes }
  if ('5b' in changes) delete answers['5a']
  const r = scoreAlsfrs(answers)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('MiToS stage', () => {
  test('a person without symptoms is stage 0', () => {
    expect(mitosStage(scored({}))).toEqual({ stage: 0, lost: [] })
  })

  test('functional loss short of losing a domain is still stage 0', () => {
    // Every item a domain uses is lowered, but each stays one point above its threshold.
    expect(mitosStage(scored({ '1': 2, '3': 2, '4': 2, '6': 2, '8': 2, '10': 2, '12': 3 }))).toEqual({
      stage: 0,
      lost: [],
    })
  })

  test.each([
    // Communicating needs speech AND handwriting at 1 or below.
    [1, 2, false],
    [2, 1, false],
    [0, 4, false],
    [4, 0, false],
    [0, 2, false],
    [2, 2, false],
    [1, 1, true],
    [0, 1, true],
    [1, 0, true],
    [0, 0, true],
  ] as const)('speech %i with handwriting %i: communicating lost is %s', (speech, handwriting, lost) => {
    expect(mitosStage(scored({ '1': speech, '4': handwriting })).lost.includes('communicating')).toBe(lost)
  })

  test.each([
    // Walking/self-care: walking ≤ 1 OR dressing ≤ 1.
    [{ '8': 2 }, []],
    [{ '8': 1 }, ['walking-self-care']],
    [{ '6': 2 }, []],
    [{ '6': 1 }, ['walking-self-care']],
    [{ '6': 0, '8': 0 }, ['walking-self-care']],
    // Swallowing: item 3 ≤ 1.
    [{ '3': 2 }, []],
    [{ '3': 1 }, ['swallowing']],
    // Breathing: dyspnoea ≤ 1 OR breathing support ≤ 2.
    [{ '10': 2 }, []],
    [{ '10': 1 }, ['breathing']],
    [{ '12': 3 }, []],
    [{ '12': 2 }, ['breathing']],
    [{ '10': 0, '12': 0 }, ['breathing']],
    // Items no domain uses, even at 0.
    [{ '2': 0, '5a': 0, '7': 0, '9': 0, '11': 0 }, []],
    [{ '5b': 0 }, []],
  ] as const)('thresholds: %o loses %o', (changes, lost) => {
    const result = mitosStage(scored(changes))
    expect(result.lost).toEqual(lost)
    expect(result.stage).toBe(lost.length)
  })

  test('worked example: cannot walk, tube-fed, NIV at night, speech lost but still writing is stage 3', () => {
    // Walking 0 → walking/self-care; swallowing 1 → swallowing; support 2 → breathing;
    // speech 0 with handwriting 3 → communicating kept. Three domains lost.
    expect(mitosStage(scored({ '8': 0, '3': 1, '12': 2, '1': 0, '4': 3 }))).toEqual({
      stage: 3,
      lost: ['walking-self-care', 'swallowing', 'breathing'],
    })
  })

  test('all four domains lost is stage 4, listed in the order of the paper', () => {
    expect(mitosStage(scored({ '12': 0, '1': 0, '4': 0, '3': 0, '8': 0 }))).toEqual({
      stage: 4,
      lost: ['walking-self-care', 'swallowing', 'communicating', 'breathing'],
    })
  })

  test('over generated answers the stage counts the domains lost, and never falls when a point is lost', () => {
    let s = 11
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0
      return (s >>> 16) % 5
    }
    const stagesSeen = new Set<number>()
    for (let n = 0; n < 2_000; n++) {
      const answers: Answers = {}
      for (const id of itemIds) if (id !== '5b') answers[id] = next()
      const before = mitosStage(scored(answers))
      expect(before.stage).toBe(before.lost.length)
      expect(new Set(before.lost).size).toBe(before.lost.length)
      stagesSeen.add(before.stage)
      for (const id of Object.keys(answers) as (keyof Answers)[]) {
        const value = answers[id]!
        if (value === 0) continue
        expect(mitosStage(scored({ ...answers, [id]: value - 1 })).stage).toBeGreaterThanOrEqual(before.stage)
      }
    }
    expect([...stagesSeen].sort()).toEqual([0, 1, 2, 3, 4])
  })
})
