import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aCase, aPatient, answerAll, depsOf, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { casesOfPerson } from './case-lists.ts'
import { startCase } from './start-case.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`starting a case on ${engineUnderTest}`, () => {
  test('"Start a new case" twice leaves one empty case; once something is answered, the next one is new', async () => {
    const patient = await aPatient(rt, 'starts-twice')
    const press = async () => {
      const started = await startCase(depsOf(rt), patient, { resumeUntouched: true })
      if (!started.ok) throw new Error(started.error.code)
      return started.value.caseId
    }
    const first = await press()
    expect(await press()).toBe(first)
    expect(await casesOfPerson(depsOf(rt), patient.id)).toHaveLength(1)

    await answerAll(rt, patient, first, { 'who-for': 'myself' })
    const second = await press()
    expect(second).not.toBe(first)
    expect((await casesOfPerson(depsOf(rt), patient.id)).map((c) => c.id).toSorted()).toEqual(
      [first, second].toSorted(),
    )
  })

  test('a case with only a message in it is not handed back either', async () => {
    const patient = await aPatient(rt, 'wrote-first')
    const first = await aCase(rt, patient)
    const sent = await (
      await open(rt, patient, first, 'member')
    ).sendMessage(uploadRequest([], { body: 'A question before I start' }))
    expect(sent.ok).toBe(true)
    const started = await startCase(depsOf(rt), patient, { resumeUntouched: true })
    expect(started.ok).toBe(true)
    expect(started.ok && started.value.caseId).not.toBe(first)
  })

  test('another person’s empty case is never handed over', async () => {
    const one = await aPatient(rt, 'first-opener')
    const other = await aPatient(rt, 'second-opener')
    const theirs = await aCase(rt, one)
    const started = await startCase(depsOf(rt), other, { resumeUntouched: true })
    expect(started.ok).toBe(true)
    expect(started.ok && started.value.caseId).not.toBe(theirs)
  })
})
