import { describe, expect, test } from 'vitest'
import {
  alsfrsAnsweredBy,
  alsfrsAnswerers,
  answerSourceOf,
  answerSourcesKey,
  answeredByAnother,
  memberSource,
  recordAnswer,
  whoAnswered,
  whoIsAsked,
} from './answer-sources.ts'
import type { IntakeAnswers } from './questions.ts'

const son = { id: 'm-son', role: 'representative' as const }
const helper = { id: 'm-helper', role: 'caregiver' as const }
const patient = { id: 'm-patient', role: 'patient' as const }

describe('who gave each answer', () => {
  test('an answer records the member who gave it and the capacity they act in', () => {
    const answers = recordAnswer({}, 'patient-name', 'Salma Haddad', memberSource(son))
    expect(answers['patient-name']).toBe('Salma Haddad')
    expect(answerSourceOf(answers, 'patient-name')).toEqual({ role: 'representative', memberId: 'm-son' })
  })

  test('answers by different people keep each their own source', () => {
    let answers: IntakeAnswers = { 'who-for': 'someone-else', condition: 'als' }
    answers = recordAnswer(answers, 'alsfrs-1', '3', memberSource(son))
    answers = recordAnswer(answers, 'alsfrs-2', '2', memberSource(helper))
    expect(answerSourceOf(answers, 'alsfrs-1')).toEqual({ role: 'representative', memberId: 'm-son' })
    expect(answerSourceOf(answers, 'alsfrs-2')).toEqual({ role: 'caregiver', memberId: 'm-helper' })
  })

  test('a coordinator can be the source, by user id', () => {
    const answers = recordAnswer({}, 'hopes', 'A plan', { role: 'coordinator', userId: 'u-coord' })
    expect(answerSourceOf(answers, 'hopes')).toEqual({ role: 'coordinator', userId: 'u-coord' })
  })

  test('a dropped answer drops its source too', () => {
    let answers = recordAnswer({}, 'who-for', 'someone-else', memberSource(son))
    answers = recordAnswer(answers, 'relationship', 'parent', memberSource(son))
    answers = recordAnswer(answers, 'who-for', 'myself', memberSource(patient))
    expect(answers['relationship']).toBeUndefined()
    expect(answers[answerSourcesKey]).toEqual({ 'who-for': 'patient:m-patient' })
  })

  test('saying the case is for someone else makes the opener’s earlier answers a representative’s', () => {
    let answers = recordAnswer(
      {},
      'patient-name',
      'Salma Haddad',
      memberSource({ id: 'm-1', role: 'patient' }),
    )
    answers = recordAnswer(
      answers,
      'who-for',
      'someone-else',
      memberSource({ id: 'm-1', role: 'representative' }),
    )
    expect(answerSourceOf(answers, 'patient-name')).toEqual({ role: 'representative', memberId: 'm-1' })
  })

  test('“neither” to the authority question is not kept, and removes an authority given before', () => {
    let answers = recordAnswer({ 'who-for': 'someone-else' }, 'authority', 'permission', memberSource(son))
    answers = recordAnswer(answers, 'authority', 'neither', memberSource(son))
    expect(answers).toEqual({ 'who-for': 'someone-else', [answerSourcesKey]: {} })
  })

  test('an answer saved before sources were kept has none, and a damaged source reads as none', () => {
    expect(answerSourceOf({ 'patient-name': 'A' }, 'patient-name')).toBeNull()
    const damaged = {
      'patient-name': 'A',
      hopes: 'B',
      [answerSourcesKey]: { 'patient-name': 'nobody:x', hopes: 'patient:' },
    }
    expect(answerSourceOf(damaged, 'patient-name')).toBeNull()
    expect(answerSourceOf(damaged, 'hopes')).toBeNull()
    expect(answerSourceOf(damaged, 'country')).toBeNull()
  })

  test('recording who answered changes nothing that is asked', () => {
    const answers = recordAnswer({ 'help-me-choose': 'yes' }, 'who-for', 'myself', memberSource(patient))
    expect(answers).toEqual({
      'who-for': 'myself',
      'help-me-choose': 'yes',
      [answerSourcesKey]: { 'who-for': 'patient:m-patient' },
    })
  })
})

describe('who the questions speak to', () => {
  test.each([
    ['patient', {}, 'self'],
    ['patient', { 'who-for': 'myself' }, 'self'],
    ['representative', { 'who-for': 'someone-else' }, 'other'],
    ['caregiver', { 'who-for': 'myself' }, 'other'],
  ] as const)('a %s on %j reads the %s form', (role, answers, who) => {
    expect(whoIsAsked(role, answers)).toBe(who)
  })

  test('an answer reads back in the form it was given in', () => {
    let answers: IntakeAnswers = { 'who-for': 'myself', condition: 'als' }
    answers = recordAnswer(answers, 'alsfrs-1', '3', memberSource(patient))
    answers = recordAnswer(answers, 'alsfrs-2', '3', memberSource(helper))
    expect(whoAnswered(answers, 'alsfrs-1')).toBe('self')
    expect(whoAnswered(answers, 'alsfrs-2')).toBe('other')
    // Without a source, the case says who it is for.
    expect(whoAnswered({ 'who-for': 'someone-else', 'alsfrs-1': '3' }, 'alsfrs-1')).toBe('other')
    expect(whoAnswered({ 'alsfrs-1': '3' }, 'alsfrs-1')).toBe('self')
  })
})

describe('who answered the ALSFRS-R', () => {
  test('each person once, in the order of the items, and how many items have no source', () => {
    let answers: IntakeAnswers = { 'who-for': 'someone-else', condition: 'als', 'feeding-tube': 'no' }
    answers = recordAnswer(answers, 'alsfrs-2', '3', memberSource(helper))
    answers = recordAnswer(answers, 'alsfrs-1', '3', memberSource(son))
    answers = recordAnswer(answers, 'alsfrs-3', '3', memberSource(son))
    expect(alsfrsAnswerers({ ...answers, 'alsfrs-4': '2' })).toEqual({
      sources: [
        { role: 'representative', memberId: 'm-son' },
        { role: 'caregiver', memberId: 'm-helper' },
      ],
      unknown: 1,
    })
  })

  test('in words for staff: the son, named by what he is to the patient, then the invited helper', () => {
    let answers: IntakeAnswers = { 'who-for': 'someone-else', relationship: 'parent', condition: 'als' }
    answers = recordAnswer(answers, 'alsfrs-1', '3', memberSource(son))
    answers = recordAnswer(answers, 'alsfrs-2', '3', memberSource(helper))
    expect(alsfrsAnsweredBy(answers)).toEqual([
      { key: 'intake.answeredBy.representative', values: { relationship: 'parent' } },
      { key: 'intake.answeredBy.caregiver' },
    ])
    // A clinic is never shown the relationship.
    const { relationship: _hidden, ...shared } = answers
    expect(alsfrsAnsweredBy(shared)[0]).toEqual({
      key: 'intake.answeredBy.representative',
      values: { relationship: 'other' },
    })
    expect(alsfrsAnsweredBy({ ...answers, relationship: 'other-family' })[0]!.values).toEqual({
      relationship: 'family',
    })
    expect(alsfrsAnsweredBy({ condition: 'als', 'alsfrs-1': '3' })).toEqual([
      { key: 'intake.answeredBy.unknown' },
    ])
    expect(alsfrsAnsweredBy({ condition: 'als' })).toEqual([])
  })
})

test('an answer names its giver to another member, not to the member who gave it', () => {
  const son = memberSource({ id: 'm-son', role: 'representative' })
  let answers = recordAnswer({}, 'who-for', 'someone-else', son)
  answers = recordAnswer(answers, 'relationship', 'parent', son)
  answers = recordAnswer(answers, 'condition', 'als', { role: 'coordinator', userId: 'u-coord' })
  expect(answeredByAnother(answers, 'relationship', 'm-son')).toBeNull()
  expect(answeredByAnother(answers, 'relationship', 'm-helper')).toEqual({
    key: 'intake.answeredBy.representative',
    values: { relationship: 'parent' },
  })
  // A coordinator's answer is never the member's own.
  expect(answeredByAnother(answers, 'condition', 'm-son')).toEqual({ key: 'intake.answeredBy.coordinator' })
  expect(answeredByAnother(answers, 'feeding-tube', 'm-helper')).toBeNull()
})
