import { Form, Link, data, redirect } from 'react-router'
import { displayName, formatDateTime } from '#domain/i18n/format.ts'
import { isLocale } from '#domain/i18n/locales.ts'
import { MAX_NOTE, reportOutcomes } from '#domain/review/listing-report.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { fieldsOf, readForm, refuse } from '#app/forms/action.server.ts'
import { requireArea } from '#app/request.server.ts'
import {
  closeListingReport,
  readListingReport,
  takeListingReport,
} from '#server/use-cases/review/listing-reports.ts'
import type { Route } from './+types/report'

// One report from the public, as a reviewer reads it (the read is audited):
// take it, then close it with an outcome the reporter is told by email.
const doneCodes = ['taken', 'closed'] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const report = await readListingReport(await caseDeps(), asUserId(viewer.id), params.reportId)
  if (!report) throw data(null, { status: 404 })
  const done = new URL(request.url).searchParams.get('done')
  return { report, done: doneCodes.find((c) => c === done) ?? null }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const form = await readForm(request)
  const deps = await caseDeps()
  const reviewer = asUserId(viewer.id)
  const back = (done: (typeof doneCodes)[number]) =>
    redirect(`/reviewer/reports/${params.reportId}?done=${done}`, 303)
  if (form.get('intent') === 'take') {
    const taken = await takeListingReport(deps, reviewer, params.reportId)
    if (!taken.ok) return refuse(taken.error)
    throw back('taken')
  }
  const fields = fieldsOf(form)
  const closed = await closeListingReport(deps, reviewer, params.reportId, {
    outcome: fields['outcome']?.[0] ?? '',
    note: fields['note']?.[0] ?? '',
  })
  if (!closed.ok) return refuse(closed.error, fields)
  throw back('closed')
}

export default function ReviewerReport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, ['outcome', 'note', 'form'])
  const r = loaderData.report
  const when = (d: Date | string | null) => (d ? formatDateTime(locale, new Date(d)) : t('provider.none'))
  const open = r.status !== 'closed'
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('reviewer.report.title', { reference: r.reference })}
        back={{ to: '/reviewer/reports', label: t('reviewer.reports') }}
        failure={failed}
      />
      {loaderData.done && !failed.failed ? (
        <NotificationBanner tone="success" title={t(`reviewer.report.done.${loaderData.done}`)} />
      ) : null}
      <SummaryList
        rows={[
          {
            key: t('reviewer.report.listing'),
            value: <Link to={`/providers/${r.provider.slug}`}>{r.provider.name}</Link>,
          },
          { key: t('reviewer.report.offer'), value: r.offer ? r.offer.title : t('report.offer.whole') },
          { key: t('reviewer.report.reason'), value: t(`report.reason.${r.reason}`) },
          {
            key: t('reviewer.report.details'),
            value: (
              <span dir="auto" className="pre-wrap">
                {r.details}
              </span>
            ),
          },
          {
            key: t('reviewer.report.evidence'),
            value: r.evidenceUrl ? (
              // Someone else's page: no referrer, no access to this one.
              <a href={r.evidenceUrl} rel="noopener noreferrer nofollow" dir="ltr">
                {r.evidenceUrl}
              </a>
            ) : (
              t('reviewer.report.noEvidence')
            ),
          },
          { key: t('reviewer.report.reporter'), value: t(`reviewer.report.reporter.${r.reporter}`) },
          {
            key: t('reviewer.report.language'),
            value: isLocale(r.reporterLocale) ? displayName(locale, 'language', r.reporterLocale) : '',
          },
          { key: t('reviewer.report.received'), value: when(r.createdAt) },
          {
            key: t('reviewer.report.status'),
            value: t(`report.status.${r.status}`),
          },
          { key: t('reviewer.report.reviewer'), value: r.reviewerName ?? t('reviewer.report.nobody') },
          ...(r.outcome
            ? [
                { key: t('reviewer.report.outcome'), value: t(`report.outcome.${r.outcome}`) },
                { key: t('reviewer.report.closedAt'), value: when(r.closedAt) },
                {
                  key: t('reviewer.report.note'),
                  value: <span dir="auto">{r.outcomeNote ?? t('provider.none')}</span>,
                },
              ]
            : []),
        ]}
      />
      {open && !r.reviewerIsViewer ? (
        <PostButton fields={{ intent: 'take' }} label={t('reviewer.report.take')} variant="secondary" />
      ) : null}
      {open ? (
        <Form method="post" noValidate>
          <h2 className="heading-m">{t('reviewer.report.close.title')}</h2>
          <input type="hidden" name="intent" value="close" />
          <Choices
            type="radio"
            name="outcome"
            legend={t('reviewer.report.close.outcome')}
            // An offer can be suspended only when the report names one (ADR 0070).
            options={reportOutcomes
              .filter((o) => o !== 'offer-suspended' || r.offer)
              .map((o) => ({
                value: o,
                label: t(`report.outcome.${o}`),
                ...(o === 'offer-suspended' || o === 'clinic-suspended'
                  ? { hint: t(`reviewer.report.close.acts.${o}`) }
                  : {}),
              }))}
            selected={[failed.value('outcome') ?? '']}
            error={failed.errorFor('outcome')}
          />
          <TextareaField
            name="note"
            label={t('reviewer.report.close.note')}
            hint={t('reviewer.report.close.noteHint', { max: MAX_NOTE })}
            defaultValue={failed.value('note')}
            error={failed.errorFor('note')}
          />
          <p className="body">
            {r.answerable ? t('reviewer.report.close.emailed') : t('reviewer.report.close.notEmailed')}
          </p>
          <Button>{t('reviewer.report.close.submit')}</Button>
        </Form>
      ) : null}
    </div>
  )
}
