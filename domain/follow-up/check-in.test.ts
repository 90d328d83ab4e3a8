import { describe, expect, it } from 'vitest'
import {
  applyStep,
  breathingContradicts,
  checkInSteps,
  contradictionOn,
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
  // Item 12 at 3 is intermittent use of a mask ventilator.
  breathing: 'niv-part-time',
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

describe('item 12 and the breathing machine agree', () => {
  const withItem12 = (score: number, breathing: CheckInDraft['breathing']): CheckInDraft => ({
    ...complete,
    items: { ...complete.items, '12': score } as CheckInDraft['items'],
    breathing,
  })

  it.each([
    [3, 'none'],
    [1, 'none'],
    [4, 'niv-part-time'],
    [4, 'invasive'],
    [0, 'niv-over-22h'],
    [3, 'niv-over-22h'],
    [2, 'invasive'],
  ] as const)('item 12 at %i with breathing %s contradicts', (score, breathing) => {
    expect(breathingContradicts(withItem12(score, breathing))).toBe(true)
  })

  it.each([
    [4, 'none'],
    [3, 'niv-part-time'],
    [2, 'niv-part-time'],
    [1, 'niv-over-22h'],
    [0, 'invasive'],
  ] as const)('item 12 at %i with breathing %s agrees', (score, breathing) => {
    expect(breathingContradicts(withItem12(score, breathing))).toBe(false)
  })

  it('says nothing while either answer is missing', () => {
    const { breathing: _, ...noBreathing } = withItem12(3, 'none')
    expect(breathingContradicts(noBreathing)).toBe(false)
    expect(contradictionOn('item-12', noBreathing)).toEqual([])
  })

  it('refuses on the page just answered, so the person sees which answer to change', () => {
    const draft = withItem12(3, 'none')
    expect(contradictionOn('breathing', draft)).toEqual([
      { code: 'treatment.breathing-contradicts-item-12', field: 'answer' },
    ])
    expect(contradictionOn('item-12', draft)).toEqual([
      { code: 'treatment.item-12-contradicts-breathing', field: 'answer' },
    ])
    expect(contradictionOn('measures', draft)).toEqual([])
  })

  it('does not send a contradictory draft', () => {
    expect(finishCheckIn(withItem12(3, 'none'), false)).toEqual({
      ok: false,
      error: { code: 'follow-up.breathing-contradiction', field: 'form' },
    })
  })
})
