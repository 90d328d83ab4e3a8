import { expect, test } from 'vitest'
import { isReviewQueue, parseReviewSubject, queueOf } from './review-queues.ts'

test.each([
  ['provider', false, 'clinics'],
  ['credential', false, 'credentials'],
  ['offer', false, 'offers'],
  ['offer', true, 'changes'],
  ['credential', true, 'changes'],
] as const)('a pending %s (approved before: %s) waits in %s', (subject, before, queue) => {
  expect(queueOf(subject, before)).toBe(queue)
})

test('only the four queues are queues', () => {
  expect(isReviewQueue('changes')).toBe(true)
  expect(isReviewQueue('reports')).toBe(false)
  expect(isReviewQueue(undefined)).toBe(false)
})

test('an address names a subject only by its exact word', () => {
  expect(parseReviewSubject('offer')).toBe('offer')
  expect(parseReviewSubject('Offer')).toBeNull()
  expect(parseReviewSubject(undefined)).toBeNull()
})
