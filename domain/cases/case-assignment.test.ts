import { expect, test } from 'vitest'
import { asUserId } from '../shared/ids.ts'
import { decideAssignment, handOverChoices } from './case-assignment.ts'

const ana = asUserId('ana')
const ben = asUserId('ben')

test('a coordinator takes an unassigned case', () => {
  expect(decideAssignment({ current: null, seen: null, to: ana, toIsCoordinator: true })).toEqual({
    ok: true,
    value: { from: null, to: ana },
  })
})

test('a coordinator hands a case over to another', () => {
  expect(decideAssignment({ current: ana, seen: ana, to: ben, toIsCoordinator: true })).toEqual({
    ok: true,
    value: { from: ana, to: ben },
  })
})

test.each([
  [
    'someone took it first',
    { current: ben, seen: null, to: ana, toIsCoordinator: true },
    'assignment.changed',
  ],
  [
    'it was handed over since',
    { current: ben, seen: ana, to: ana, toIsCoordinator: true },
    'assignment.changed',
  ],
  [
    'the person is not a coordinator',
    { current: null, seen: null, to: ben, toIsCoordinator: false },
    'assignment.not-a-coordinator',
  ],
  [
    'it is already theirs',
    { current: ana, seen: ana, to: ana, toIsCoordinator: true },
    'assignment.unchanged',
  ],
] as const)('refused when %s', (_why, input, code) => {
  expect(decideAssignment(input)).toEqual({ ok: false, error: { code } })
})

test('a case is handed over to someone else: neither to whoever has it nor to oneself', () => {
  const people = [{ id: 'ana' }, { id: 'ben' }, { id: 'cai' }]
  expect(handOverChoices(people, { assignee: null, viewer: 'ana' }).map((p) => p.id)).toEqual(['ben', 'cai'])
  expect(handOverChoices(people, { assignee: 'ben', viewer: 'ana' }).map((p) => p.id)).toEqual(['cai'])
  expect(handOverChoices(people, { assignee: 'ana', viewer: 'ana' }).map((p) => p.id)).toEqual(['ben', 'cai'])
})
