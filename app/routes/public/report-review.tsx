import { Form, data, redirect } from 'react-router'
import { MAX_REPORT_DETAILS, reviewReportReasons } from '#domain/reviews/review.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { useTreatedMonth } from '#app/components/review-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { fieldsOf, readForm, refuse } from '#app/forms/action.server.ts'
import { viewerOf } from '#app/request.server.ts'
import { CLIENT_ADDRESS_HEADER } from '#server/auth/auth-api.ts'
import { reportableReview, reportReview } from '#server/use-cases/reviews/reviews.ts'
import type { Route } from './+types/report-review'

// "Report this review" (ADR 0068): anyone, signed in or not, tells the
// reviewers what is wrong with a published review. A plain form, limited per
// network address like listing reports (ADR 0059).
const SLUG = /^[a-z0-9-]{1,120}$/

async function reviewOf(slug: string, reviewId: string) {
  const review = SLUG.test(slug) ? await reportableReview(await caseDeps(), slug, reviewId) : null
  if (!review) throw data(null, { status: 404 })
  return review
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const sent = new URL(request.url).searchParams.get('sent') === '1'
  // After sending, the thanks stays even if the review was taken down meanwhile.
  if (sent) return { review: null, sent, slug: params.providerSlug }
  return { review: await reviewOf(params.providerSlug, params.reviewId), sent, slug: params.providerSlug }
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await readForm(request)
  const review = await reviewOf(params.providerSlug, params.reviewId)
  const viewer = await viewerOf(request)
  const fields = fieldsOf(form)
  const reported = await reportReview(
    await caseDeps(),
    {
      userId: viewer ? asUserId(viewer.id) : null,
      address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
    },
    review.providerSlug,
    review.id,
    { reason: fields['reason']?.[0] ?? '', details: fields['details']?.[0] ?? '' },
  )
  if (!reported.ok) return refuse(reported.error, fields)
  throw redirect(`/providers/${review.providerSlug}/reviews/${review.id}/report?sent=1`, 303)
}

export default function ReportReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const month = useTreatedMonth()
  const failed = useFailure(actionData, ['reason', 'details'])
  if (d.sent || !d.review)
    return (
      <div className="two-thirds">
        <PageHeader
          title={t('reviews.report.title')}
          back={{ to: `/providers/${d.slug}`, label: t('reviews.report.back') }}
        />
        <NotificationBanner tone="success" title={t('reviews.report.thanks')}>
          <p className="body">{t('reviews.report.thanksBody')}</p>
        </NotificationBanner>
      </div>
    )
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('reviews.report.title')}
        back={{ to: `/providers/${d.review.providerSlug}`, label: d.review.providerName }}
        failure={failed}
        lede={t('reviews.report.lede', {
          provider: d.review.providerName,
          month: month(d.review.treatedMonth),
        })}
      />
      <Form method="post" noValidate>
        <Choices
          type="radio"
          name="reason"
          legend={t('reviews.report.reasonLegend')}
          options={reviewReportReasons.map((r) => ({ value: r, label: t(`reviews.reportReason.${r}`) }))}
          selected={[failed.value('reason') ?? '']}
          error={failed.errorFor('reason')}
        />
        <TextareaField
          name="details"
          label={t('reviews.report.detailsLabel')}
          hint={t('reviews.report.detailsHint', { max: MAX_REPORT_DETAILS })}
          defaultValue={failed.value('details')}
          error={failed.errorFor('details')}
          rows={5}
        />
        <Button>{t('reviews.report.submit')}</Button>
      </Form>
    </div>
  )
}
