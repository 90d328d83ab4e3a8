import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import type { DocumentId } from '#domain/shared/ids.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { TreatmentCourse, type CourseForPage } from './treatment-course.tsx'

// The line beside an adverse event that says how far the person's function
// moved from home: one point is "point", in every language.
function courseWithEventAt(total: number): CourseForPage {
  return {
    planAccepted: true,
    status: 'in-treatment',
    baseline: { date: '2026-11-02', alsfrsTotal: 40, fvcPercent: 78, weightKg: null },
    assessment: null,
    sessions: [],
    events: [
      {
        id: 'e1',
        reporter: 'clinic',
        onset: '2026-12-05',
        grade: 3,
        ctcaeVersion: '5.0',
        serious: true,
        unresolvedSerious: false,
        escalated: null,
        outcome: 'resolved',
        actionTaken: 'none',
        relation: 'unlikely-related',
        description: 'Fall, wrist fracture',
        criteria: ['hospitalisation'],
        reportedAt: new Date('2026-12-05T10:00:00Z'),
        function: {
          latest: { date: '2026-12-05', total },
          baseline: { date: '2026-11-02', total: 40 },
          change: total - 40,
        },
      },
    ],
    discharge: null,
    openSerious: false,
    escalated: null,
  }
}

function render(course: CourseForPage, locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <TreatmentCourse course={course} /> },
  ])
  const html = renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('function beside an adverse event', () => {
  test('a change of one point says “point”, more say “points”', () => {
    expect(render(courseWithEventAt(39))).toContain('on 5 December 2026, −1 point from 40 at home.')
    expect(render(courseWithEventAt(36))).toContain('on 5 December 2026, −4 points from 40 at home.')
  })

  test('in French and Arabic too', () => {
    expect(render(courseWithEventAt(39), 'fr')).toContain('−1 point par rapport à 40')
    expect(render(courseWithEventAt(36), 'fr')).toContain('−4 points par rapport à 40')
    expect(render(courseWithEventAt(38), 'ar')).toContain('−2 نقطتين')
    expect(render(courseWithEventAt(36), 'ar')).toContain('−4 نقاط')
  })
})

describe('the course as a page reads it', () => {
  const assessed: CourseForPage = {
    ...courseWithEventAt(39),
    assessment: {
      id: 'a1',
      date: '2026-12-05',
      alsfrsTotal: 39,
      fvcPercent: 72,
      weightKg: 58.5,
      changes: [],
      paused: false,
      coordinatorAcknowledged: false,
      familyAcknowledged: false,
    },
    sessions: [
      {
        id: 's1',
        date: '2026-12-06',
        procedure: 'Respiratory physiotherapy',
        route: 'intrathecal',
        dose: '',
        doctor: 'Dr Ananya Rao',
      },
    ],
    discharge: { date: '2026-12-20', documentId: 'd1' as DocumentId },
  }

  test('every day is written in the viewer’s language, never as an ISO date', () => {
    const en = render(assessed)
    expect(en).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(en).toContain('Began 5 December 2026')
    expect(en).toContain('6 December 2026')
    expect(en).toContain('Discharged on 20 December 2026.')
    expect(render(assessed, 'fr')).toContain('Sorti le 20 décembre 2026.')
    expect(render(assessed, 'ar')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  test('“Assessment on arrival” heads the section once; its clinic half has its own name', () => {
    const en = render(assessed)
    expect(en.split('Assessment on arrival')).toHaveLength(2)
    expect(en).toContain('At home, from the intake')
    expect(en).toContain('At the clinic, on arrival')
  })

  test('the sessions table can be scrolled by keyboard, named by its caption, so its words stay whole', () => {
    const Stub = createRoutesStub([
      { id: 'root', path: '/', Component: () => <TreatmentCourse course={assessed} /> },
    ])
    const html = renderToStaticMarkup(
      <MessagesContext.Provider value={messagesFor('en')}>
        <Stub hydrationData={{ loaderData: { root: { locale: 'en', messagesUrl: '' } } }} />
      </MessagesContext.Provider>,
    )
    const group = /<div class="table-scroll" tabindex="0" role="group" aria-labelledby="([^"]+)">/.exec(html)
    expect(group).not.toBeNull()
    expect(html).toContain(`<caption class="visually-hidden" id="${group![1]}">Treatment sessions</caption>`)
  })
})
