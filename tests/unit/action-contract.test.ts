import { describe, expect, test } from 'vitest'
import { translator } from '#domain/i18n/translate.ts'
import { type failure, failureOfCodes, keptValues, refuse } from '#app/forms/action.server.ts'
import { failureView, type ActionFailure } from '#app/lib/action-failure.ts'

// The one failure contract: what an action answers, and what the page shows.
async function bodyOf(response: ReturnType<typeof failure>): Promise<ActionFailure> {
  return (response as unknown as { data: ActionFailure }).data
}
const statusOf = (response: ReturnType<typeof failure>) =>
  (response as unknown as { init: { status: number } }).init.status

describe('refusals through the one table', () => {
  test('a conflicting edit on check-answers is a 409 whose message says what happened', async () => {
    const response = refuse({ code: 'case.changed' }, { send: [''] }, { field: 'send' })
    expect(statusOf(response)).toBe(409)
    const view = failureView(await bodyOf(response), translator('en'))
    expect(view.list).toEqual([
      { fieldId: 'send', message: expect.stringContaining('Someone else changed this case') },
    ])
  })

  test('an incomplete case names every task still to do, each in the viewer’s language', async () => {
    const response = refuse(
      { code: 'case.incomplete', tasks: ['providers', 'consent'] },
      {},
      { field: 'send' },
    )
    const fr = failureView(await bodyOf(response), translator('fr'))
    expect(fr.list).toHaveLength(2)
    expect(fr.list.map((e) => e.fieldId)).toEqual(['send', 'send'])
    expect(fr.list[0]!.message).not.toEqual(fr.list[1]!.message)
    expect(fr.list[0]!.message).not.toMatch(/case\.task/)
  })

  test('a day in a refusal is written in the viewer’s language, never as an ISO date', async () => {
    const response = refuse({ code: 'traveller.expires-during-stay', stayEnds: '2027-02-19' })
    const body = await bodyOf(response)
    expect(failureView(body, translator('en')).errorFor('passportExpiry')).toContain('(19 February 2027)')
    const ar = failureView(body, translator('ar')).errorFor('passportExpiry')!
    expect(ar).toContain('فبراير')
    expect(ar).not.toContain('2027-02-19')
  })

  test('one problem on many fields of the letter is said with each field’s label', async () => {
    const missing = (field: string) => ({ code: 'letter.field-missing' as const, field })
    const response = refuse([missing('attendants.1.name'), missing('treatment'), missing('arrival')])
    const ar = failureView(await bodyOf(response), translator('ar')).list.map((e) => e.message)
    expect(new Set(ar).size).toBe(3)
    const en = failureView(await bodyOf(response), translator('en'))
    expect(en.errorFor('attendants.1.name')).toMatch(
      /^Attendant 2: name in the letter — The letter must carry this/,
    )
  })

  test('a refusal that names its own field wins over the route’s and the table’s', async () => {
    const response = refuse({ code: 'sharing.undecided', field: 'share-p2' }, {}, { field: 'form' })
    expect((await bodyOf(response)).errors.map((e) => e.field)).toEqual(['share-p2'])
  })

  test('a refusal meaning "not yours" is a bare 404', () => {
    let thrown: unknown
    try {
      refuse({ code: 'members.not-found' })
    } catch (error) {
      thrown = error
    }
    expect((thrown as { init: { status: number } }).init.status).toBe(404)
  })

  test('what was typed comes back, secrets never', async () => {
    expect(keptValues({ email: ['a@b.test'], password: ['hunter22'] }, ['password'])).toEqual({
      email: ['a@b.test'],
    })
    const response = refuse(
      { code: 'sign-in.failed' },
      { email: ['a@b.test'], password: ['x'] },
      { secret: ['password'] },
    )
    expect((await bodyOf(response)).values).toEqual({ email: ['a@b.test'] })
  })
})

describe('a refused form with a file input', () => {
  const pdf = { field: 'file', again: 'upload.error.choosePdfAgain' } as const

  test('refused for another field, it asks for the file again, since the browser did not keep it', async () => {
    const response = refuse(
      { code: 'treatment.date-future', field: 'date' },
      { date: ['2099-01-01'] },
      { file: pdf },
    )
    const view = failureView(await bodyOf(response), translator('en'))
    expect(view.errorFor('file')).toBe('Choose the PDF again')
    expect(view.list.map((e) => e.fieldId)).toEqual(['date', 'file'])
    expect(failureView(await bodyOf(response), translator('fr')).errorFor('file')).toBe(
      'Choisissez à nouveau le PDF',
    )
  })

  test('refused for the file itself, it says only what is wrong with the file', async () => {
    const response = refuse({ code: 'treatment.summary-missing', field: 'file' }, {}, { file: pdf })
    const view = failureView(await bodyOf(response), translator('en'))
    expect(view.list).toEqual([{ fieldId: 'file', message: 'Choose the discharge summary file' }])
  })
})

describe('refusals carried across a redirect', () => {
  test('only codes the table knows are shown, never other text from the address', () => {
    const view = failureView(
      failureOfCodes([{ code: 'Call +1 555 0100 to unlock' }, { code: 'zip.malformed', name: 'scan.zip' }]),
      translator('en'),
    )
    expect(view.list).toHaveLength(1)
    expect(view.list[0]!.message).toContain('scan.zip')
    expect(view.list[0]!.message).not.toContain('Call')
  })

  test('nothing known means no failure at all', () => {
    expect(failureOfCodes([{ code: 'whatever' }])).toBeNull()
  })
})
