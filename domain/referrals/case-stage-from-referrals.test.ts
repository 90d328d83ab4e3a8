import { describe, expect, test } from 'vitest'
import { caseStages, transition, type CaseStage } from '../cases/case-stages.ts'
import {
  caseActorOf,
  caseCommandsFromReferrals,
  caseStageFromReferrals,
} from './case-stage-from-referrals.ts'
import type { ReferralActor, ReferralStatus } from './referral.ts'
import { asProviderId } from '../shared/ids.ts'

const now = new Date('2031-03-14T09:00:00Z')

describe('the case stage follows its referrals', () => {
  test.each<[CaseStage, ReferralStatus[], CaseStage, string[]]>([
    ['records-submitted', [], 'records-submitted', []],
    ['records-submitted', ['sent', 'sent'], 'under-evaluation', ['start-evaluation']],
    ['under-evaluation', ['evaluating', 'information-requested'], 'under-evaluation', []],
    ['under-evaluation', ['evaluating', 'plan-proposed'], 'plan-proposed', ['propose-plan']],
    ['plan-proposed', ['plan-proposed', 'plan-proposed'], 'plan-proposed', []],
    ['plan-proposed', ['accepted', 'closed', 'not-eligible'], 'plan-accepted', ['accept-plan']],
    ['records-submitted', ['accepted'], 'plan-accepted', ['start-evaluation', 'propose-plan', 'accept-plan']],
  ])('%s with referrals %j is %s', (stage, statuses, expected, commands) => {
    expect(caseStageFromReferrals(stage, statuses)).toBe(expected)
    expect(caseCommandsFromReferrals(stage, statuses)).toEqual(commands)
  })

  test('it never moves back: a lapsed or declined plan leaves the case for the coordinator', () => {
    expect(caseStageFromReferrals('plan-proposed', ['expired', 'declined-by-patient'])).toBe('plan-proposed')
    expect(caseStageFromReferrals('under-evaluation', ['not-eligible', 'declined-by-clinic'])).toBe(
      'under-evaluation',
    )
    expect(caseCommandsFromReferrals('plan-proposed', ['expired'])).toEqual([])
  })

  test.each(
    caseStages.filter((s) => !['records-submitted', 'under-evaluation', 'plan-proposed'].includes(s)),
  )('a case at %s is moved by its own commands, not by its referrals', (stage) => {
    expect(caseStageFromReferrals(stage, ['accepted'])).toBe(stage)
    expect(caseCommandsFromReferrals(stage, ['accepted'])).toEqual([])
  })

  test("each step is one the case's own state machine allows to the referral event's actor", () => {
    const coordinator: ReferralActor = { kind: 'coordinator' }
    const doctor: ReferralActor = {
      kind: 'clinic-member',
      providerId: asProviderId('clinic-a'),
      role: 'treating-doctor',
    }
    const patient: ReferralActor = { kind: 'patient' }
    // The coordinator routes, a clinic proposes, the family accepts.
    const journey: [ReferralActor, ReferralStatus[]][] = [
      [coordinator, ['sent', 'sent']],
      [doctor, ['opened', 'sent']],
      [doctor, ['evaluating', 'sent']],
      [doctor, ['plan-proposed', 'evaluating']],
      [doctor, ['plan-proposed', 'plan-proposed']],
      [patient, ['accepted', 'closed']],
    ]
    let stage: CaseStage = 'records-submitted'
    for (const [actor, statuses] of journey) {
      const target = caseStageFromReferrals(stage, statuses)
      for (const command of caseCommandsFromReferrals(stage, statuses)) {
        const moved = transition(stage, command, caseActorOf(actor), now)
        if (!moved.ok) throw new Error(`${command} by ${actor.kind}: ${moved.error.code}`)
        stage = moved.value.to
      }
      expect(stage).toBe(target)
    }
    expect(stage).toBe('plan-accepted')
  })

  test("a representative's or a caregiver's acceptance moves the case as the patient's does", () => {
    for (const kind of ['representative', 'caregiver'] as const) {
      const [command] = caseCommandsFromReferrals('plan-proposed', ['accepted', 'closed'])
      const moved = transition('plan-proposed', command!, caseActorOf({ kind }), now)
      expect(moved).toMatchObject({ ok: true, value: { to: 'plan-accepted' } })
    }
  })
})
