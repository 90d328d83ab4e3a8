import { describe, expect, test } from 'vitest'
import {
  answerSourceOf,
  answerSourcesKey,
  answeredByIn,
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

describe('who answered a section', () => {
  const alsfrs = Array.from({ length: 12 }, (_, i) => `alsfrs-${i + 1}`)
  test('for staff: each person once, in the order of the questions, then the answers kept without a source', () => {
    let answers: IntakeAnswers = { 'who-for': 'someone-else', relationship: 'parent', condition: 'als' }
    answers = recordAnswer(answers, 'alsfrs-2', '3', memberSource(son))
    answers = recordAnswer(answers, 'alsfrs-1', '3', memberSource(son))
    answers = recordAnswer(answers, 'alsfrs-3', '3', memberSource(helper))
    expect(answeredByIn({ ...answers, 'alsfrs-4': '2' }, alsfrs)).toEqual({
      others: [
        { key: 'intake.answeredBy.representative', values: { relationship: 'parent' } },
        { key: 'intake.answeredBy.caregiver' },
        { key: 'intake.answeredBy.unknown' },
      ],
      byViewer: false,
    })
    // A clinic is never shown the relationship.
    const { relationship: _hidden, ...shared } = answers
    expect(answeredByIn(shared, alsfrs).others[0]).toEqual({
      key: 'intake.answeredBy.representative',
      values: { relationship: 'other' },
    })
    expect(answeredByIn({ ...answers, relationship: 'other-family' }, alsfrs).others[0]!.values).toEqual({
      relationship: 'family',
    })
    expect(answeredByIn({ condition: 'als' }, alsfrs).others).toEqual([])
  })

  test('for a member: the others who answered, and whether they did too', () => {
    let answers = recordAnswer({}, 'who-for', 'someone-else', memberSource(son))
    answers = recordAnswer(answers, 'relationship', 'parent', memberSource(son))
    answers = recordAnswer(answers, 'condition', 'als', { role: 'coordinator', userId: 'u-coord' })
    answers = recordAnswer(answers, 'feeding-tube', 'no', memberSource(helper))
    const about = ['who-for', 'relationship', 'condition', 'feeding-tube']
    expect(answeredByIn(answers, about, 'm-son')).toEqual({
      others: [{ key: 'intake.answeredBy.coordinator' }, { key: 'intake.answeredBy.caregiver' }],
      byViewer: true,
    })
    expect(answeredByIn(answers, ['who-for', 'relationship'], 'm-helper')).toEqual({
      others: [{ key: 'intake.answeredBy.representative', values: { relationship: 'parent' } }],
      byViewer: false,
    })
    // Their own answers alone: nothing to say.
    expect(answeredByIn(answers, ['who-for', 'relationship'], 'm-son').others).toEqual([])
    // Answers kept before sources were are not put down to anyone.
    expect(answeredByIn({ condition: 'als' }, ['condition'], 'm-son').others).toEqual([])
  })
})
