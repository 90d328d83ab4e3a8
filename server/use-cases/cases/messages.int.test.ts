import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MAX_MESSAGE_LENGTH } from '#domain/cases/message-body.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aCase, aPatient, open, uploadRequest } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`a message with an attachment on ${engineUnderTest}`, () => {
  test('refused for its text, it keeps no file, says one was sent, and the same file can be sent again', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    const scan = { name: 'scan-report.pdf', bytes: tinyPdf('Scan report') }
    const tooLong = 'x'.repeat(MAX_MESSAGE_LENGTH + 1)
    expect(await handle.sendMessage(uploadRequest([scan], { body: tooLong }))).toEqual({
      ok: false,
      error: { code: 'message.too-long', max: MAX_MESSAGE_LENGTH, draft: tooLong, attached: true },
    })
    expect(await handle.documents()).toEqual([])
    // Chosen again with shorter text, the file is attached (not refused as already held).
    const sent = await handle.sendMessage(uploadRequest([scan], { body: 'Our scans.' }))
    expect(sent).toMatchObject({ ok: true })
    const docs = await handle.documents()
    expect(docs.map((d) => [d.meta.filename, d.messageId])).toEqual([
      ['scan-report.pdf', sent.ok ? sent.value.id : null],
    ])
  })

  test('refused for its text alone, it says no file was sent', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    expect(await handle.sendMessage(uploadRequest([], { body: '   ' }))).toEqual({
      ok: false,
      error: { code: 'message.empty', draft: '   ', attached: false },
    })
  })
})
