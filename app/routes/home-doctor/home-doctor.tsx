import { data } from 'react-router'
import { alsfrsTotalsOf } from '#domain/fhir/care-plan.ts'
import { formatDate, formatDateTime } from '#domain/i18n/format.ts'
import { zoneName } from '#domain/intake/time-zones.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { OutcomeChart } from '#app/components/outcome-chart.tsx'
import { TreatmentCourse } from '#app/components/treatment-course.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { openLink, privateHeaders } from './home-doctor.server.ts'
import type { Route } from './+types/home-doctor'

// The home doctor's page (issue 17, ADR 0066): a clinical summary through a
// link the patient controls, with no account. Only what a doctor needs to
// take over: name and birth year, the condition, the treatment (clinic,
// sessions, adverse events, discharge), the ALSFRS-R over time and the
// follow-up plan; no passport, messages or documents. An expired or revoked
// link says so (410) and shows nothing else. In the reader's language.
export async function loader({ request, params }: Route.LoaderArgs) {
  const opened = await openLink(request, params.token, 'page')
  if (opened.found === 'gone') return data({ gone: true as const }, { status: 410, headers: privateHeaders })
  const { record, course, outcome, expiresAt, timeZone } = opened.summary
  return data(
    {
      gone: false as const,
      token: params.token,
      expiresAt: expiresAt.toISOString(),
      timeZone,
      patient: record.patient,
      condition: record.condition,
      reference: record.reference,
      provider: record.provider?.name ?? null,
      // The discharge summary is a document: the doctor asks the patient for it.
      course: {
        ...course,
        sessions: course.sessions.map((s) => ({ ...s, date: String(s.date) })),
        discharge: course.discharge,
      },
      alsfrs: alsfrsTotalsOf(record),
      outcome,
      followUp: record.followUp.map((v) => ({ monthsAfter: v.monthsAfter, dueOn: String(v.dueOn) })),
    },
    { headers: privateHeaders },
  )
}

export function headers({ loaderHeaders, errorHeaders }: Route.HeadersArgs) {
  return errorHeaders ?? loaderHeaders
}

export const meta: Route.MetaFunction = () => [
  { name: 'robots', content: 'noindex, nofollow' },
  { name: 'referrer', content: 'no-referrer' },
]

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

export default function HomeDoctorPage({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  if (d.gone)
    return (
      <div className="two-thirds" data-testid="link-gone">
        <PageHeader title={t('homeDoctor.gone.title')} />
        <p className="body">{t('homeDoctor.gone.body')}</p>
      </div>
    )
  return (
    <div>
      <PageHeader title={t('homeDoctor.page.title', { name: d.patient.name })} />
      <p className="body two-thirds">{t('homeDoctor.page.lede')}</p>
      <SummaryList
        rows={[
          { key: t('homeDoctor.page.name'), value: <span dir="auto">{d.patient.name}</span> },
          { key: t('homeDoctor.page.born'), value: d.patient.birthYear ?? t('treatment.row.notKnown') },
          {
            key: t('homeDoctor.page.condition'),
            value:
              d.condition.kind === 'als' ? (
                t('homeDoctor.page.als')
              ) : (
                <span dir="auto">{d.condition.name}</span>
              ),
          },
          { key: t('homeDoctor.page.provider'), value: d.provider ?? t('homeDoctor.page.noProvider') },
          { key: t('homeDoctor.page.reference'), value: <span dir="ltr">{d.reference}</span> },
          {
            key: t('homeDoctor.page.expires'),
            // In the family's zone, named: a time without its zone is read in the reader's own.
            value: t('time.inZone', {
              time: formatDateTime(locale, new Date(d.expiresAt), d.timeZone),
              zone: zoneName(locale, d.timeZone, new Date(d.expiresAt)),
            }),
          },
        ]}
      />
      <p className="body">
        <a href={`/home-doctor/${d.token}/fhir`} download rel="noreferrer">
          {t('homeDoctor.page.fhir')}
        </a>
      </p>
      <Section id="treatment" title={t('homeDoctor.page.treatment')}>
        <TreatmentCourse course={d.course} />
      </Section>
      <Section id="alsfrs" title={t('homeDoctor.page.alsfrs')}>
        <Table
          caption={t('homeDoctor.page.alsfrs')}
          empty={t('homeDoctor.page.noAlsfrs')}
          rows={d.alsfrs}
          columns={[
            {
              header: t('treatment.row.date'),
              cell: (a) => formatDate(locale, day(a.date)),
              rowHeader: true,
            },
            {
              header: t('treatment.row.alsfrs'),
              cell: (a) => t('treatment.value.alsfrs', { total: a.total }),
            },
            { header: t('homeDoctor.page.alsfrsWhen'), cell: (a) => t(`homeDoctor.when.${a.when}`) },
          ]}
        />
        {d.outcome ? <OutcomeChart course={d.outcome} /> : null}
      </Section>
      <Section id="follow-up" title={t('homeDoctor.page.followUp')}>
        <Table
          caption={t('homeDoctor.page.followUp')}
          empty={t('homeDoctor.page.noFollowUp')}
          rows={d.followUp}
          columns={[
            {
              header: t('homeDoctor.page.visit'),
              cell: (v) => t('homeDoctor.page.monthsAfter', { count: v.monthsAfter }),
              rowHeader: true,
            },
            { header: t('homeDoctor.page.due'), cell: (v) => formatDate(locale, day(v.dueOn)) },
          ]}
        />
        <p className="body two-thirds">{t('homeDoctor.page.followUpHow')}</p>
      </Section>
    </div>
  )
}
