import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  aCase,
  aCoordinator,
  aPatient,
  alsAnswersForAParent,
  answerAll,
  open,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'

// The outcome chart reads the case's ALSFRS-R course through the case handle,
// for the family and for the coordinator alike.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

test(`the family and the coordinator read the same course from the intake, on ${engineUnderTest}`, async () => {
  const son = await aPatient(rt, 'son')
  const caseId = await aCase(rt, son)
  expect(await (await open(rt, son, caseId, 'member')).outcomeCourse()).toBeNull()

  await answerAll(rt, son, caseId, alsAnswersForAParent)
  const expected = {
    symptomOnset: '2025-03-01',
    treatedOn: null,
    assessments: [
      {
        date: '2026-11-02',
        source: 'intake',
        total: 36,
        domains: { bulbar: 9, 'fine-motor': 9, 'gross-motor': 9, respiratory: 9 },
        kings: '4B',
        mitos: 0,
      },
    ],
  }
  expect(await (await open(rt, son, caseId, 'member')).outcomeCourse()).toEqual(expected)
  const coordinator = await aCoordinator(rt)
  expect(await (await open(rt, coordinator, caseId, 'coordinator')).outcomeCourse()).toEqual(expected)
})
