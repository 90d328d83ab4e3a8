import { Form, Link, data, redirect } from 'react-router'
import { formatDateTime, formatList } from '#domain/i18n/format.ts'
import { moderationReasons } from '#domain/reviews/review.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { ReviewCard } from '#app/components/review-card.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { requireArea } from '#app/request.server.ts'
import { moderateReview, readReviewForReviewer } from '#server/use-cases/reviews/reviews.ts'
import type { Route } from './+types/review'

// One verified review as a reviewer reads it (the read is audited): what the
// personal-data check found, the reports about it, and the decision — publish
// it whole, or reject / take it down with a reason the family reads. A
// reviewer never edits it (ADR 0068).
const doneCodes = ['published', 'rejected', 'unpublished', 'kept'] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const review = await readReviewForReviewer(await caseDeps(), asUserId(viewer.id), params.reviewId)
  if (!review) throw data(null, { status: 404 })
  const done = new URL(request.url).searchParams.get('done')
  return { review, done: doneCodes.find((c) => c === done) ?? null }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const fields = await readFields(request)
  const intent = fields['intent']?.[0]
  const command =
    intent === 'publish'
      ? ({ type: 'publish' } as const)
      : intent === 'keep'
        ? ({ type: 'keep' } as const)
        : intent === 'take-down'
          ? ({ type: 'take-down', reason: fields['reason']?.[0] ?? '' } as const)
          : null
  if (!command) return failure(fields, [{ field: 'form', key: 'error.generic' }])
  const done = await moderateReview(await caseDeps(), asUserId(viewer.id), params.reviewId, command)
  if (!done.ok) return refuse(done.error, fields)
  const code = command.type === 'keep' ? 'kept' : done.value.status
  throw redirect(`/reviewer/reviews/${params.reviewId}?done=${code}`, 303)
}

export default function ReviewerReview({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, ['form', 'reason'])
  const r = loaderData.review
  const openReports = r.reports.filter((p) => p.open)
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('reviews.moderate.title', { provider: r.provider.name })}
        back={{ to: '/reviewer/reviews', label: t('reviews.queue.title') }}
        failure={failed}
      />
      {loaderData.done && !failed.failed ? (
        <NotificationBanner tone="success" title={t(`reviews.moderate.done.${loaderData.done}`)} />
      ) : null}
      <p id="form" tabIndex={-1} className="body">
        {t('reviews.moderate.neverEdit')}
      </p>
      <SummaryList
        rows={[
          {
            key: t('reviews.moderate.provider'),
            value: <Link to={`/providers/${r.provider.slug}`}>{r.provider.name}</Link>,
          },
          { key: t('reviews.moderate.status'), value: t(`reviews.status.${r.status}`) },
          {
            key: t('reviews.moderate.check'),
            value:
              r.flags.length === 0 ? (
                t('reviews.check.clean')
              ) : (
                <Tag tone="red">
                  {formatList(
                    locale,
                    r.flags.map((f) => t(`reviews.flag.${f}`)),
                  )}
                </Tag>
              ),
          },
          ...(r.reason
            ? [{ key: t('reviews.moderate.reason'), value: t(`reviews.reason.${r.reason}`) }]
            : []),
          { key: t('reviews.moderate.written'), value: formatDateTime(locale, new Date(r.createdAt)) },
        ]}
      />
      <ReviewCard review={r} headingLevel={2} />
      {r.reports.length > 0 ? (
        <>
          <h2 className="heading-m">{t('reviews.moderate.reports')}</h2>
          <ul className="list">
            {r.reports.map((p) => (
              <li key={p.id}>
                {t(`reviews.reportReason.${p.reason}`)} · {formatDateTime(locale, new Date(p.createdAt))}{' '}
                {p.open ? <Tag tone="yellow">{t('reviews.moderate.reportOpen')}</Tag> : null}
                {p.details ? (
                  <p className="body pre-wrap" dir="auto">
                    {p.details}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.status === 'awaiting' ? (
        <PostButton
          fields={{ intent: 'publish' }}
          label={t('reviews.moderate.publish')}
          variant="secondary"
        />
      ) : null}
      {r.status === 'published' && openReports.length > 0 ? (
        <PostButton fields={{ intent: 'keep' }} label={t('reviews.moderate.keep')} variant="secondary" />
      ) : null}
      {r.status === 'awaiting' || r.status === 'published' ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="take-down" />
          <Choices
            type="radio"
            name="reason"
            legend={t(
              r.status === 'awaiting' ? 'reviews.moderate.rejectLegend' : 'reviews.moderate.unpublishLegend',
            )}
            hint={t('reviews.moderate.reasonHint')}
            options={moderationReasons.map((m) => ({ value: m, label: t(`reviews.reason.${m}`) }))}
            selected={[failed.value('reason') ?? '']}
            error={failed.errorFor('reason')}
          />
          <Button variant="warning">
            {t(r.status === 'awaiting' ? 'reviews.moderate.reject' : 'reviews.moderate.unpublish')}
          </Button>
        </Form>
      ) : null}
    </div>
  )
}
