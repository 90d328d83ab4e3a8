import { describe, expect, test } from 'vitest'
import { caseMovesFromCare, stageAfter, type CareEvent } from './case-stage-from-care.ts'
import { caseStages, transition, type CaseStage } from './case-stages.ts'

const now = new Date('2027-02-03T09:00:00Z')
const commandsOf = (stage: CaseStage, event: CareEvent) =>
  caseMovesFromCare(stage, event).map((m) => m.command)

describe('the case stage follows the trip, the treatment and the follow-up', () => {
  test.each<[CaseStage, CareEvent, CaseStage, string[]]>([
    ['plan-accepted', 'flight-saved', 'travel-booked', ['book-travel']],
    ['travel-booked', 'treatment-recorded', 'in-treatment', ['start-treatment']],
    ['in-treatment', 'discharged-with-follow-up-plan', 'follow-up', ['discharge', 'start-follow-up']],
  ])('a case at %s, on %s, moves to %s', (stage, event, to, commands) => {
    expect(commandsOf(stage, event)).toEqual(commands)
    expect(stageAfter(stage, caseMovesFromCare(stage, event))).toBe(to)
  })

  test('a family who travelled on their own goes from plan accepted to in treatment, travel never claimed', () => {
    expect(commandsOf('plan-accepted', 'treatment-recorded')).toEqual(['start-treatment'])
  })

  test('a case that missed steps is walked through each of them, but never through booking travel', () => {
    expect(commandsOf('plan-accepted', 'discharged-with-follow-up-plan')).toEqual([
      'start-treatment',
      'discharge',
      'start-follow-up',
    ])
  })

  test('it never moves back nor repeats: a later flight or session leaves the case where it is', () => {
    expect(commandsOf('travel-booked', 'flight-saved')).toEqual([])
    expect(commandsOf('in-treatment', 'flight-saved')).toEqual([])
    expect(commandsOf('in-treatment', 'treatment-recorded')).toEqual([])
    expect(commandsOf('follow-up', 'treatment-recorded')).toEqual([])
    expect(commandsOf('follow-up', 'discharged-with-follow-up-plan')).toEqual([])
  })

  test.each(
    caseStages.filter((s) => !['plan-accepted', 'travel-booked', 'in-treatment', 'discharged'].includes(s)),
  )('a case at %s is not moved by care events', (stage) => {
    for (const event of ['flight-saved', 'treatment-recorded', 'discharged-with-follow-up-plan'] as const)
      expect(caseMovesFromCare(stage, event)).toEqual([])
  })

  test('each move is one the case state machine allows, by the actor named', () => {
    for (const stage of caseStages)
      for (const event of ['flight-saved', 'treatment-recorded', 'discharged-with-follow-up-plan'] as const) {
        let current = stage
        for (const move of caseMovesFromCare(stage, event)) {
          const decided = transition(current, move.command, move.by, now)
          expect(decided).toMatchObject({ ok: true, value: { to: move.to } })
          current = move.to
        }
      }
  })

  test('starting treatment is the clinic’s step, follow-up the system’s', () => {
    expect(caseMovesFromCare('in-treatment', 'discharged-with-follow-up-plan')).toEqual([
      { command: 'discharge', by: 'clinic-staff', to: 'discharged' },
      { command: 'start-follow-up', by: 'system', to: 'follow-up' },
    ])
    expect(caseMovesFromCare('plan-accepted', 'flight-saved')).toEqual([
      { command: 'book-travel', by: 'coordinator', to: 'travel-booked' },
    ])
  })
})
