import { describe, expect, it } from 'vitest'
import {
  applyStep,
  checkInSteps,
  finishCheckIn,
  firstOpenStep,
  parseStep,
  stepAfter,
  type CheckInDraft,
} from './check-in.ts'

const allItems = (score: number, five: '5a' | '5b' = '5a') =>
  Object.fromEntries(
    ['1', '2', '3', '4', five, '6', '7', '8', '9', '10', '11', '12'].map((id) => [id, score]),
  ) as CheckInDraft['items']

const complete: CheckInDraft = {
  answeredBy: 'caregiver',
  feeding: 'oral',
  items: allItems(3),
  breathing: 'none',
  fvcPercent: 71.5,
  weightKg: null,
  newProblems: '',
  medicineChanges: 'Started baclofen',
}

describe('a check-in, page by page', () => {
  it('asks who answers first, feeding before the items, and item 5b only with a gastrostomy', () => {
    expect(checkInSteps({}, false).slice(0, 3)).toEqual(['who', 'feeding', 'item-1'])
    expect(checkInSteps({}, false)).toContain('item-5a')
    const tube = checkInSteps({ feeding: 'gastrostomy' }, false)
    expect(tube).toContain('item-5b')
    expect(tube).not.toContain('item-5a')
    // By phone the coordinator asks who is on the line: the same page.
    expect(checkInSteps({}, true)[0]).toBe('who')
  })

  it('goes to the next open page, then to the check page', () => {
    expect(firstOpenStep({}, false)).toBe('who')
    expect(stepAfter({ answeredBy: 'self' }, false, 'who')).toBe('feeding')
    expect(firstOpenStep(complete, false)).toBe('check')
  })

  it.each(['5', '-1', '', 'three', '2.5'])('refuses the item value %j', (value) => {
    expect(parseStep('item-3', { answer: value })).toEqual({
      ok: false,
      error: [{ code: 'treatment.alsfrs-item-invalid', field: 'answer' }],
    })
  })

  it('refuses a family member claiming to be the coordinator on the phone', () => {
    expect(parseStep('who', { answer: 'coordinator-phone' })).toMatchObject({ ok: false })
    expect(parseStep('who', { answer: 'caregiver' })).toEqual({
      ok: true,
      value: { answeredBy: 'caregiver' },
    })
  })

  it('takes FVC and weight as optional, refusing values out of range', () => {
    expect(parseStep('measures', { fvc: '', weight: '' })).toEqual({
      ok: true,
      value: { fvcPercent: null, weightKg: null },
    })
    expect(parseStep('measures', { fvc: '180', weight: '64,5' })).toEqual({
      ok: false,
      error: [{ code: 'treatment.fvc-invalid', field: 'fvc' }],
    })
  })

  it('scores a complete draft, with who answered', () => {
    const done = finishCheckIn(complete, false)
    expect(done).toMatchObject({ ok: true, value: { answeredBy: 'caregiver', alsfrs: { total: 36 } } })
    expect(finishCheckIn(complete, true)).toMatchObject({
      ok: true,
      value: { answeredBy: 'coordinator-phone', onThePhone: 'caregiver' },
    })
  })

  it('refuses an incomplete draft, naming the first page to answer', () => {
    const { breathing: _, ...missing } = complete
    expect(finishCheckIn(missing, false)).toEqual({
      ok: false,
      error: { code: 'follow-up.incomplete', step: 'breathing' },
    })
  })

  it('asks item 5b again when feeding changes to gastrostomy after 5a was answered', () => {
    const switched = applyStep(complete, { feeding: 'gastrostomy' })
    expect(finishCheckIn(switched, false)).toMatchObject({ ok: false, error: { step: 'item-5b' } })
    const answered = applyStep(switched, { items: { '5b': 2 } })
    expect(finishCheckIn(answered, false)).toMatchObject({
      ok: true,
      value: { alsfrs: { total: 35, gastrostomy: true } },
    })
  })
})
