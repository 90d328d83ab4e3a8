import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import { alsfrsItemTextFor } from '#domain/alsfrs/item-text.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { memberSource, recordAnswer } from '#domain/intake/answer-sources.ts'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { AnswerSections, CaseAnswers } from './case-answers.tsx'

/** The staff view of these answers, as the coordinator's and the clinic's pages render it. */
function render(answers: IntakeAnswers, locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <CaseAnswers answers={answers} alsfrs={null} /> },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'")

describe('a case’s answers for staff', () => {
  const son = memberSource({ id: 'm-son', role: 'representative' })
  let forHisMother: IntakeAnswers = {}
  for (const [id, value] of [
    ['who-for', 'someone-else'],
    ['relationship', 'parent'],
    ['condition', 'als'],
    ['feeding-tube', 'no'],
    ['alsfrs-9', '1'],
  ] as const) {
    forHisMother = recordAnswer(forHisMother, id, value, son)
  }

  test('say who answered the ALSFRS-R, and give the answer in the words it was given in', () => {
    const html = text(render(forHisMother))
    expect(html).toContain('Answered by')
    expect(html).toContain('The patient’s son or daughter, on their behalf')
    expect(html).toContain(`${alsfrsItemTextFor('en', 'other')['9'].options[1]} (1)`)
    expect(html).not.toContain(alsfrsItemTextFor('en', 'self')['9'].options[1])
  })

  test('in the reader’s language', () => {
    const html = text(render(forHisMother, 'ar'))
    expect(html).toContain('ابن المريض أو ابنته، نيابةً عنه')
    expect(html).toContain(alsfrsItemTextFor('ar', 'other')['9'].options[1])
  })

  test('the patient’s own answers read in the first person', () => {
    const patient = memberSource({ id: 'm-p', role: 'patient' })
    let own: IntakeAnswers = {}
    for (const [id, value] of [
      ['who-for', 'myself'],
      ['condition', 'als'],
      ['alsfrs-9', '1'],
    ] as const) {
      own = recordAnswer(own, id, value, patient)
    }
    const html = text(render(own))
    expect(html).toContain('The patient')
    expect(html).toContain(alsfrsItemTextFor('en', 'self')['9'].options[1])
  })

  test('a caregiver reading the case is told whose first-person answers they are; the son is not', () => {
    const familyView = (memberId: string) => {
      const Stub = createRoutesStub([
        {
          id: 'root',
          path: '/',
          Component: () => (
            <AnswerSections answers={forHisMother} level={3} who="other" viewerMemberId={memberId} />
          ),
        },
      ])
      return text(
        renderToStaticMarkup(
          <MessagesContext.Provider value={messagesFor('en')}>
            <Stub hydrationData={{ loaderData: { root: { locale: 'en', messagesUrl: '' } } }} />
          </MessagesContext.Provider>,
        ),
      )
    }
    // Once per section the son answered (about the patient, the condition, the ALSFRS-R), not under every answer.
    const byCaregiver = familyView('m-daughter-in-law')
    expect(byCaregiver.match(/Answered by\s+The patient’s son or daughter, on their behalf/g)).toHaveLength(3)
    expect(familyView('m-son')).not.toContain('Answered by')
  })
})
