import { Form, data, redirect } from 'react-router'
import { MAX_REPLY } from '#domain/reviews/review.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { ReviewCard } from '#app/components/review-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { requireArea } from '#app/request.server.ts'
import { replyToReview, reviewForClinic } from '#server/use-cases/reviews/reviews.ts'
import type { Route } from './+types/review-reply'

// The clinic's one public reply to a review of it (ADR 0068). Another
// clinic's review, or one not published, is "not found".
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  const review = await reviewForClinic(await caseDeps(), asUserId(viewer.id), params.reviewId)
  if (!review) throw data(null, { status: 404 })
  return { review }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'clinic')
  const fields = await readFields(request)
  const replied = await replyToReview(
    await caseDeps(),
    asUserId(viewer.id),
    params.reviewId,
    fields['reply']?.[0] ?? '',
  )
  if (!replied.ok) return refuse(replied.error, fields)
  throw redirect('/clinic/reviews', 303)
}

export default function ClinicReviewReply({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['form', 'reply'])
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('reviews.clinic.replyTitle')}
        back={{ to: '/clinic/reviews', label: t('reviews.clinic.title') }}
        failure={failed}
      />
      <ReviewCard review={d.review} headingLevel={2} />
      {d.review.mayReply ? (
        <Form method="post" noValidate>
          <p id="form" tabIndex={-1} className="body">
            {t('reviews.clinic.once')}
          </p>
          <TextareaField
            name="reply"
            label={t('reviews.clinic.replyLabel')}
            hint={t('reviews.clinic.replyHint', { max: MAX_REPLY })}
            defaultValue={failed.value('reply')}
            error={failed.errorFor('reply')}
            rows={6}
          />
          <Button>{t('reviews.clinic.replySubmit')}</Button>
        </Form>
      ) : (
        <p id="form" tabIndex={-1} className="body">
          {t(d.review.reply ? 'reviews.error.alreadyReplied' : 'reviews.error.replyNotAllowed')}
        </p>
      )}
    </div>
  )
}
