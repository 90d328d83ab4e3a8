import { formatCalendarDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { CourseView } from '#domain/treatment/course-view.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import type { ReactNode } from 'react'

// The treatment course as every audience reads it: where it stands, the
// change from home, sessions, adverse events (each beside the person's
// latest ALSFRS-R and its change from their own baseline) and discharge.
// Pages add their own commands through `eventActions` and `acknowledge`.
export type CourseForPage = Omit<CourseView, 'sessions'> & {
  sessions: (Omit<CourseView['sessions'][number], 'date'> & { date: string })[]
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0')

export function TreatmentCourse({
  course,
  documentHref,
  acknowledge,
  eventActions,
}: {
  course: CourseForPage
  /** Where the discharge summary downloads from, for audiences that may read it. */
  documentHref?: (documentId: string) => string
  /** The acknowledgement button, when this viewer still owes one. */
  acknowledge?: ReactNode
  eventActions?: (event: CourseView['events'][number]) => ReactNode
}) {
  const t = useT()
  const locale = useLocale()
  // Days as the viewer reads them, not the ISO dates the forms take.
  const day = (iso: string) => formatCalendarDate(locale, iso)
  const a = course.assessment
  return (
    <div data-testid="treatment-course">
      {course.openSerious ? <NotificationBanner tone="warning" title={t('treatment.flag.serious')} /> : null}
      {course.status === 'paused' && a ? (
        <NotificationBanner tone="warning" title={t('treatment.paused.title')}>
          <p className="body">{t('treatment.paused.body')}</p>
          <ul className="list">
            <li>{t('treatment.paused.coordinator', { done: a.coordinatorAcknowledged ? 'yes' : 'no' })}</li>
            <li>{t('treatment.paused.family', { done: a.familyAcknowledged ? 'yes' : 'no' })}</li>
          </ul>
          {acknowledge}
        </NotificationBanner>
      ) : null}
      <p className="body">
        {t('treatment.status.label')}: <Tag>{t(`treatment.status.${course.status}` as MessageKey)}</Tag>
      </p>
      <Section id="assessment" title={t('treatment.assessment.title')}>
        <SummaryList
          title={t('treatment.baseline.title')}
          rows={
            course.baseline
              ? [
                  { key: t('treatment.row.date'), value: day(course.baseline.date) },
                  {
                    key: t('treatment.row.alsfrs'),
                    value: t('treatment.value.alsfrs', { total: course.baseline.alsfrsTotal }),
                  },
                  {
                    key: t('treatment.row.fvc'),
                    value:
                      course.baseline.fvcPercent === null
                        ? t('treatment.row.notKnown')
                        : t('treatment.value.fvc', { percent: course.baseline.fvcPercent }),
                  },
                ]
              : [{ key: t('treatment.row.alsfrs'), value: t('treatment.baseline.none') }]
          }
        />
        {a ? (
          <>
            <SummaryList
              // The section's heading already says "Assessment on arrival": this list is its clinic half.
              title={t('treatment.assessment.atClinic')}
              rows={[
                { key: t('treatment.row.date'), value: day(a.date) },
                {
                  key: t('treatment.row.alsfrs'),
                  value: t('treatment.value.alsfrs', { total: a.alsfrsTotal }),
                },
                { key: t('treatment.row.fvc'), value: t('treatment.value.fvc', { percent: a.fvcPercent }) },
                { key: t('treatment.row.weight'), value: t('treatment.value.weight', { kg: a.weightKg }) },
              ]}
            />
            {a.changes.length > 0 ? (
              <ul className="list" data-testid="large-changes">
                {a.changes.map((c) => (
                  <li key={c.measure}>
                    {c.measure === 'weight'
                      ? t('treatment.change.weight', {
                          from: c.from,
                          to: c.to,
                          percent: signed(c.changePercent),
                        })
                      : t(`treatment.change.${c.measure}`, {
                          from: c.from,
                          to: c.to,
                          change: signed(c.change),
                        })}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="body">{t('treatment.assessment.none')}</p>
        )}
      </Section>
      <Section id="sessions" title={t('treatment.sessions.title')}>
        <Table
          caption={t('treatment.sessions.title')}
          empty={t('treatment.sessions.none')}
          rows={course.sessions}
          columns={[
            { header: t('treatment.col.date'), cell: (s) => day(s.date), rowHeader: true },
            { header: t('treatment.col.procedure'), cell: (s) => s.procedure, dir: 'auto' },
            { header: t('treatment.col.route'), cell: (s) => t(`treatment.route.${s.route}` as MessageKey) },
            { header: t('treatment.col.dose'), cell: (s) => s.dose || '—', dir: 'auto' },
            { header: t('treatment.col.doctor'), cell: (s) => s.doctor, dir: 'auto' },
          ]}
        />
      </Section>
      <Section id="adverse-events" title={t('treatment.events.title')}>
        {course.events.length === 0 ? <p className="body">{t('treatment.events.none')}</p> : null}
        {course.events.map((e) => (
          <div key={e.id} className="summary-card" data-testid="adverse-event">
            <h3 className="heading-s">
              {t('treatment.event.heading', { date: day(e.onset), grade: e.grade, version: e.ctcaeVersion })}{' '}
              {e.unresolvedSerious ? (
                <Tag tone="red">{t('treatment.event.openSerious')}</Tag>
              ) : e.serious ? (
                <Tag tone="yellow">{t('treatment.event.serious')}</Tag>
              ) : null}
            </h3>
            <SummaryList
              rows={[
                { key: t('treatment.row.description'), value: <span dir="auto">{e.description}</span> },
                {
                  key: t('treatment.row.function'),
                  value: e.function
                    ? t('treatment.event.function', {
                        total: e.function.latest.total,
                        date: day(e.function.latest.date),
                        change: signed(e.function.change),
                        // The raw number chooses "point" or "points" ("−1 point").
                        points: e.function.change,
                        baseline: e.function.baseline.total,
                      })
                    : t('treatment.event.noFunction'),
                },
                { key: t('treatment.row.outcome'), value: t(`treatment.outcome.${e.outcome}` as MessageKey) },
                {
                  key: t('treatment.row.action'),
                  value: t(`treatment.action.${e.actionTaken}` as MessageKey),
                },
                {
                  key: t('treatment.row.relation'),
                  value: t(`treatment.relation.${e.relation}` as MessageKey),
                },
                ...(e.criteria.length > 0
                  ? [
                      {
                        key: t('treatment.row.criteria'),
                        value: e.criteria.map((c) => t(`treatment.criterion.${c}` as MessageKey)).join('; '),
                      },
                    ]
                  : []),
              ]}
            />
            <p className="hint">{t('treatment.event.reporter', { who: e.reporter })}</p>
            {eventActions?.(e)}
          </div>
        ))}
      </Section>
      <Section id="discharge" title={t('treatment.discharge.title')}>
        {course.discharge ? (
          <p className="body">
            {t('treatment.discharge.done', { date: day(course.discharge.date) })}{' '}
            {documentHref ? (
              <a className="link" href={documentHref(course.discharge.documentId)}>
                {t('treatment.discharge.download')}
              </a>
            ) : null}
          </p>
        ) : (
          <p className="body">{t('treatment.discharge.none')}</p>
        )}
      </Section>
    </div>
  )
}
