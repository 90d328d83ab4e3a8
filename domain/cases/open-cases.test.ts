import { expect, test } from 'vitest'
import { decideNewCase, isOpen, isUntouchedDraft, MAX_OPEN_CASES } from './open-cases.ts'

test('a new case is allowed below the ceiling and refused at it', () => {
  expect(decideNewCase(MAX_OPEN_CASES - 1)).toEqual({ ok: true, value: null })
  expect(decideNewCase(MAX_OPEN_CASES)).toEqual({
    ok: false,
    error: { code: 'case.too-many-open', max: MAX_OPEN_CASES },
  })
})

test('withdrawn, closed and not-eligible cases are not open', () => {
  expect(isOpen('withdrawn')).toBe(false)
  expect(isOpen('closed')).toBe(false)
  expect(isOpen('not-eligible')).toBe(false)
  expect(isOpen('inquiry')).toBe(true)
})

test('only a case with nothing answered, uploaded or shared counts as untouched', () => {
  const empty = {
    stage: 'inquiry' as const,
    answered: false,
    consented: false,
    documents: 0,
    otherMembers: 0,
    otherRecords: 0,
  }
  expect(isUntouchedDraft(empty)).toBe(true)
  expect(isUntouchedDraft({ ...empty, answered: true })).toBe(false)
  expect(isUntouchedDraft({ ...empty, documents: 1 })).toBe(false)
  expect(isUntouchedDraft({ ...empty, otherMembers: 1 })).toBe(false)
  expect(isUntouchedDraft({ ...empty, consented: true })).toBe(false)
  expect(isUntouchedDraft({ ...empty, otherRecords: 1 })).toBe(false)
  expect(isUntouchedDraft({ ...empty, stage: 'withdrawn' })).toBe(false)
})
