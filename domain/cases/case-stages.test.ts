import { describe, expect, test } from 'vitest'
import {
  availableCommands,
  caseCommands,
  caseRules,
  caseStages,
  confirmCommand,
  finalStages,
  transition,
  type CaseActorKind,
  type CaseStage,
} from './case-stages.ts'

const now = new Date('2030-01-01T09:00:00Z')
const actors: CaseActorKind[] = ['patient', 'caregiver', 'coordinator', 'clinic-staff', 'system']

describe('case stages', () => {
  test('the happy path runs from inquiry to closed, each step by the right person', () => {
    const steps: [CaseStage, Parameters<typeof transition>[1], CaseActorKind, CaseStage][] = [
      ['inquiry', 'submit-records', 'caregiver', 'records-submitted'],
      ['records-submitted', 'start-evaluation', 'coordinator', 'under-evaluation'],
      ['under-evaluation', 'propose-plan', 'clinic-staff', 'plan-proposed'],
      ['plan-proposed', 'accept-plan', 'patient', 'plan-accepted'],
      ['plan-accepted', 'book-travel', 'coordinator', 'travel-booked'],
      ['travel-booked', 'start-treatment', 'clinic-staff', 'in-treatment'],
      ['in-treatment', 'discharge', 'clinic-staff', 'discharged'],
      ['discharged', 'start-follow-up', 'system', 'follow-up'],
      ['follow-up', 'close', 'coordinator', 'closed'],
    ]
    for (const [from, command, actor, to] of steps) {
      expect(transition(from, command, actor, now)).toEqual({
        ok: true,
        value: { from, to, command, by: actor, at: now },
      })
    }
  })

  test.each(finalStages)('nothing happens to a %s case', (stage) => {
    for (const c of caseCommands)
      for (const a of actors)
        expect(transition(stage, c, a, now)).toEqual({ ok: false, error: { code: 'case.final', stage } })
  })

  test('a clinic cannot accept a plan for the patient, and a patient cannot propose one', () => {
    expect(transition('plan-proposed', 'accept-plan', 'clinic-staff', now)).toEqual({
      ok: false,
      error: { code: 'case.not-allowed', actor: 'clinic-staff', command: 'accept-plan' },
    })
    expect(transition('under-evaluation', 'propose-plan', 'patient', now)).toMatchObject({
      ok: false,
      error: { code: 'case.not-allowed' },
    })
  })

  test('a family who travelled on their own can start treatment without travel booked through us', () => {
    expect(transition('plan-accepted', 'start-treatment', 'clinic-staff', now)).toMatchObject({
      ok: true,
      value: { to: 'in-treatment' },
    })
    expect(transition('plan-accepted', 'start-treatment', 'coordinator', now)).toMatchObject({ ok: false })
  })

  test('each step that ends a case for good asks for its own confirmation; other steps do not', () => {
    expect(confirmCommand('close', false)).toEqual({
      ok: false,
      error: { code: 'case.not-confirmed', field: 'confirm-close' },
    })
    expect(confirmCommand('withdraw', false)).toEqual({
      ok: false,
      error: { code: 'case.withdraw-not-confirmed', field: 'confirm-withdraw' },
    })
    expect(confirmCommand('declare-not-eligible', false)).toEqual({
      ok: false,
      error: { code: 'case.not-eligible-not-confirmed', field: 'confirm-declare-not-eligible' },
    })
    for (const c of ['close', 'withdraw', 'declare-not-eligible'] as const)
      expect(confirmCommand(c, true)).toEqual({ ok: true, value: null })
    expect(confirmCommand('start-follow-up', false)).toEqual({ ok: true, value: null })
  })

  test('steps cannot be skipped', () => {
    expect(transition('inquiry', 'accept-plan', 'patient', now)).toEqual({
      ok: false,
      error: { code: 'case.wrong-stage', stage: 'inquiry', command: 'accept-plan' },
    })
  })

  test('the patient can withdraw at any open stage', () => {
    for (const stage of caseStages.filter((s) => !finalStages.includes(s))) {
      expect(transition(stage, 'withdraw', 'patient', now)).toMatchObject({
        ok: true,
        value: { to: 'withdrawn' },
      })
    }
  })

  test('a coordinator cannot end a draft the family has not sent, only a sent case', () => {
    expect(transition('inquiry', 'withdraw', 'coordinator', now)).toEqual({
      ok: false,
      error: { code: 'case.wrong-stage', stage: 'inquiry', command: 'withdraw' },
    })
    expect(availableCommands('inquiry', 'coordinator')).toEqual([])
    expect(transition('records-submitted', 'withdraw', 'coordinator', now)).toMatchObject({ ok: true })
  })

  test('no command takes a sent case back to the family’s draft', () => {
    const back = Object.entries(caseRules).filter(([, rule]) => rule.to === 'inquiry')
    expect(back).toEqual([])
  })

  test('every stage is reachable from inquiry and every open stage can end', () => {
    const reachable = new Set<CaseStage>(['inquiry'])
    let grew = true
    while (grew) {
      grew = false
      for (const s of [...reachable]) {
        for (const a of actors) {
          for (const c of availableCommands(s, a)) {
            const r = transition(s, c, a, now)
            if (r.ok && !reachable.has(r.value.to)) {
              reachable.add(r.value.to)
              grew = true
            }
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...caseStages].sort())
  })

  test('transitions only ever lead to known stages (exhaustive over every stage, command and actor)', () => {
    for (const s of caseStages) {
      for (const c of caseCommands) {
        for (const a of actors) {
          const r = transition(s, c, a, now)
          if (r.ok) expect(caseStages).toContain(r.value.to)
        }
      }
    }
  })
})
