import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { answerSourceOf } from '#domain/intake/answer-sources.ts'
import { findQuestion } from '#domain/intake/questions.ts'
import {
  aCase,
  aClock,
  anInvitedCaregiver,
  aPatient,
  answerAll,
  depsOf,
  open,
} from '#tests/fixtures/builders.ts'
import { openCase } from '../../cases/open-case.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`answering a question on ${engineUnderTest}`, () => {
  test('opening a case for someone else makes its opener their representative', async () => {
    const son = await aPatient(rt, 'son')
    const caseId = await aCase(rt, son)
    await answerAll(rt, son, caseId, { 'who-for': 'someone-else' })
    expect((await open(rt, son, caseId, 'member')).member.role).toBe('representative')
  })

  test('today is the family’s: late evening in UTC is already tomorrow in Amman, and that date is not "in the future"', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    await answerAll(rt, patient, caseId, { 'who-for': 'myself', country: 'JO', 'time-zone': 'Asia/Amman' })
    // 22:30 on 7 December in UTC is 01:30 on 8 December in Amman (UTC+3).
    const deps = depsOf(rt, { clock: aClock(new Date('2026-12-07T22:30:00Z')) })
    const handle = await openCase(deps, patient, caseId)
    if (handle?.audience !== 'member') throw new Error('expected the member handle')
    const asked = handle.openQuestion('date-of-birth')
    expect(asked.found === 'ask' && asked.today).toBe('2026-12-08')
    // A date typed as that day is today, not a day in the future.
    const question = findQuestion('date-of-birth')!
    const saved = await handle.answer(question, { day: ['8'], month: ['12'], year: ['2026'] }, null)
    expect(saved.ok).toBe(true)
    const tomorrow = await handle.answer(question, { day: ['9'], month: ['12'], year: ['2026'] }, null)
    expect(tomorrow.ok).toBe(false)
  })

  test('an answer says where to go next', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const step = await handle.answer(findQuestion('who-for')!, { answer: ['someone-else'] }, null)
    expect(step).toEqual({ ok: true, value: { to: 'question', questionId: 'relationship', returnTo: null } })
  })

  test('an answer that does not parse is refused on its field and nothing is saved', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const refused = await handle.answer(
      findQuestion('date-of-birth')!,
      { day: ['31'], month: ['2'], year: ['1960'] },
      null,
    )
    expect(refused.ok).toBe(false)
    expect(refused.ok ? null : refused.error).toMatchObject({ field: 'day' })
    expect((await open(rt, patient, caseId, 'member')).answers()).toEqual({})
  })

  test('two tabs saving different answers at once both keep theirs', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const [a, b] = await Promise.all([
      open(rt, patient, caseId, 'member'),
      open(rt, patient, caseId, 'member'),
    ])
    await Promise.all([
      a.answer(findQuestion('who-for')!, { answer: ['myself'] }, null),
      b.answer(findQuestion('patient-name')!, { answer: ['Two Tabs'] }, null),
    ])
    expect((await open(rt, patient, caseId, 'member')).answers()).toMatchObject({
      'who-for': 'myself',
      'patient-name': 'Two Tabs',
    })
  })

  test('answers that no longer apply after a change are dropped', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    await answerAll(rt, patient, caseId, { 'who-for': 'someone-else', relationship: 'parent' })
    await answerAll(rt, patient, caseId, { 'who-for': 'myself' })
    expect((await open(rt, patient, caseId, 'member')).answers()['relationship']).toBeUndefined()
  })

  test('every answer records who gave it: the patient, or which member on their behalf', async () => {
    const patient = await aPatient(rt)
    const own = await aCase(rt, patient)
    await answerAll(rt, patient, own, { 'who-for': 'myself', 'patient-name': 'Amira Haddad' })
    const asPatient = await open(rt, patient, own, 'member')
    expect(answerSourceOf(asPatient.answers(), 'patient-name')).toEqual({
      role: 'patient',
      memberId: asPatient.member.id,
    })

    const son = await aPatient(rt, 'son')
    const forHisMother = await aCase(rt, son)
    await answerAll(rt, son, forHisMother, {
      'who-for': 'someone-else',
      relationship: 'parent',
      authority: 'permission',
    })
    const helper = await anInvitedCaregiver(rt, son, forHisMother)
    const asHelper = await open(rt, helper, forHisMother, 'member')
    await asHelper.answer(findQuestion('patient-name')!, { answer: ['Salma Haddad'] }, null)
    const answers = (await open(rt, son, forHisMother, 'member')).answers()
    const asSon = await open(rt, son, forHisMother, 'member')
    expect(answerSourceOf(answers, 'who-for')).toEqual({ role: 'representative', memberId: asSon.member.id })
    expect(answerSourceOf(answers, 'relationship')).toEqual({
      role: 'representative',
      memberId: asSon.member.id,
    })
    expect(answerSourceOf(answers, 'patient-name')).toEqual({
      role: 'caregiver',
      memberId: asHelper.member.id,
    })
    // What is asked does not change: the answer itself is as given.
    expect(answers['patient-name']).toBe('Salma Haddad')
  })

  test('someone with neither permission nor legal authority is told what to do, and cannot go on', async () => {
    const friend = await aPatient(rt, 'friend')
    const caseId = await aCase(rt, friend)
    await answerAll(rt, friend, caseId, { 'who-for': 'someone-else', relationship: 'friend' })
    let handle = await open(rt, friend, caseId, 'member')
    expect(handle.question('patient-name')).toBeNull()
    const step = await handle.answer(findQuestion('authority')!, { answer: ['neither'] }, null)
    expect(step).toEqual({ ok: true, value: { to: 'no-authority' } })
    handle = await open(rt, friend, caseId, 'member')
    expect(handle.answers()['authority']).toBeUndefined()
    expect(handle.question('patient-name')).toBeNull()
    expect((await handle.submit()).ok).toBe(false)

    // Once the patient agrees, the answer changes and the intake goes on.
    await handle.answer(findQuestion('authority')!, { answer: ['permission'] }, null)
    handle = await open(rt, friend, caseId, 'member')
    expect(handle.answers()['authority']).toBe('permission')
    expect(handle.question('patient-name')?.question.id).toBe('patient-name')
  })

  test('a link to a question that does not apply yet leads to the first open question', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    await answerAll(rt, patient, caseId, { 'who-for': 'myself', 'patient-name': 'Amira Haddad' })
    const handle = await open(rt, patient, caseId, 'member')
    // The swallowing question of the ALSFRS-R waits for the condition; "about" is still open.
    expect(handle.openQuestion('alsfrs-3')).toEqual({
      found: 'elsewhere',
      step: { to: 'question', questionId: 'date-of-birth', returnTo: null },
    })
    expect(handle.openQuestion('date-of-birth')).toMatchObject({
      found: 'ask',
      question: { id: 'date-of-birth' },
    })
  })

  test('a link to a question that does not exist is not found', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    expect(handle.openQuestion('favourite-colour')).toEqual({ found: 'unknown' })
  })

  test('a time zone is offered and kept under its current name', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    await answerAll(rt, patient, caseId, { 'who-for': 'myself', country: 'IN' })
    const handle = await open(rt, patient, caseId, 'member')
    const asked = handle.question('time-zone')!
    const { timeZones } = await asked.choices()
    expect(timeZones).toContain('Asia/Kolkata')
    expect(timeZones).not.toContain('Asia/Calcutta')
    expect(await handle.answer(asked.question, { answer: ['Asia/Kolkata'] }, null)).toMatchObject({
      ok: true,
    })
    expect((await open(rt, patient, caseId, 'member')).answers()['time-zone']).toBe('Asia/Kolkata')
  })

  test('an empty question page says which answer is missing, as the question asks it', async () => {
    const son = await aPatient(rt, 'son')
    const caseId = await aCase(rt, son)
    await answerAll(rt, son, caseId, {
      'who-for': 'someone-else',
      relationship: 'parent',
      authority: 'permission',
    })
    const handle = await open(rt, son, caseId, 'member')
    expect(await handle.answer(findQuestion('date-of-birth')!, {}, null)).toEqual({
      ok: false,
      error: { field: 'day', key: 'intake.q.date-of-birth.error', values: { who: 'other' } },
    })
  })
})
