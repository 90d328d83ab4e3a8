import { expect, test } from 'vitest'
import { finalReferralStatuses, referralStatuses } from './referral.ts'
import { answerDueAfterStep, answerOverdue, clinicAnswerDue, waitingOn } from './waiting-on.ts'

test('the clinic has the next move until it answers; then the family; an ended referral waits on nobody', () => {
  expect(Object.fromEntries(referralStatuses.map((s) => [s, waitingOn(s)]))).toEqual({
    sent: 'clinic',
    opened: 'clinic',
    evaluating: 'clinic',
    'information-requested': 'family',
    'information-provided': 'clinic',
    'plan-proposed': 'family',
    'not-eligible': 'nobody',
    'declined-by-clinic': 'nobody',
    accepted: 'nobody',
    'declined-by-patient': 'nobody',
    expired: 'nobody',
    withdrawn: 'nobody',
    closed: 'nobody',
  })
  for (const s of finalReferralStatuses) expect(waitingOn(s)).toBe('nobody')
})

test("an answer is overdue only after its date, and only while the move is the clinic's", () => {
  const due = new Date('2027-01-10T09:00:00Z')
  const after = new Date('2027-01-10T09:00:01Z')
  expect(answerOverdue('evaluating', due, after)).toBe(true)
  expect(answerOverdue('evaluating', due, due)).toBe(false)
  expect(answerOverdue('information-requested', due, after)).toBe(false)
  expect(answerOverdue('plan-proposed', due, after)).toBe(false)
  expect(answerOverdue('closed', due, after)).toBe(false)
  expect(clinicAnswerDue('information-provided', due)).toBe(due)
  expect(clinicAnswerDue('plan-proposed', due)).toBeNull()
})

test('the clinic’s clock stops while it waits on the family', () => {
  const due = new Date('2026-12-10T17:00:00Z')
  const asked = {
    status: 'information-requested' as const,
    answerDueAt: due,
    statusChangedAt: new Date('2026-12-08T09:00:00Z'),
  }
  // The family took four days to answer: the clinic keeps the two days it had left.
  const answered = answerDueAfterStep(asked, 'information-provided', new Date('2026-12-12T09:00:00Z'))
  expect(answered).toEqual(new Date('2026-12-14T17:00:00Z'))
  // Any other step leaves the date alone.
  const evaluating = {
    status: 'evaluating' as const,
    answerDueAt: due,
    statusChangedAt: new Date('2026-12-08T09:00:00Z'),
  }
  expect(answerDueAfterStep(evaluating, 'information-requested', new Date('2026-12-09T09:00:00Z'))).toBe(due)
  expect(answerDueAfterStep(asked, 'withdrawn', new Date('2026-12-12T09:00:00Z'))).toBe(due)
})
