import { Form, redirect } from 'react-router'
import { MAX_DISPLAY_NAME, MAX_TEXT, MIN_TEXT } from '#domain/reviews/review.ts'
import type { ProviderId } from '#domain/shared/ids.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { ReviewCard, useTreatedMonth } from '#app/components/review-card.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/reviews'

// Verified reviews from the family (ADR 0068): once a provider treated the
// case through Waypoint, the patient or their representative writes one
// review of it. It waits for a reviewer, who publishes it whole or tells the
// family why not. A plain form per provider: it works without JavaScript.
const fieldOrder = ['form', 'rating', 'text', 'displayName', 'offer'] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const sent = new URL(request.url).searchParams.get('sent')
  return {
    caseId: handle.case.id,
    providers: await handle.reviews(),
    sent: sent === 'held' || sent === 'waiting' ? sent : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const written = await handle.writeReview(one('providerId') as ProviderId, {
    rating: one('rating'),
    text: one('text'),
    displayName: one('displayName'),
    offer: one('offer'),
  })
  if (!written.ok) return refuse(written.error, fields)
  throw redirect(
    `${casePath(handle.case.id, 'reviews')}?sent=${written.value.held ? 'held' : 'waiting'}`,
    303,
  )
}

const statusTone = { awaiting: 'yellow', published: 'green', rejected: 'red', unpublished: 'grey' } as const

export default function FamilyReviews({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const month = useTreatedMonth()
  const failed = useFailure(actionData, fieldOrder)
  const postedFor = failed.value('providerId')
  return (
    <CasePage caseId={d.caseId} current="reviews" title={t('reviews.family.title')} failure={failed}>
      {d.sent && !failed.failed ? (
        <NotificationBanner tone="success" title={t('reviews.family.sent')}>
          <p className="body">
            {t(d.sent === 'held' ? 'reviews.family.sentHeld' : 'reviews.family.sentWaiting')}
          </p>
        </NotificationBanner>
      ) : null}
      <div className="two-thirds">
        <p className="body">{t('reviews.family.lede')}</p>
        {d.providers.length === 0 ? <p className="body">{t('reviews.family.none')}</p> : null}
        {d.providers.map((p) => {
          const mine = postedFor === p.providerId
          // A rejected review is offered again to mend, not retyped from nothing.
          const rejected = p.review?.status === 'rejected' ? p.review : null
          const before: Record<string, string | undefined> = {
            rating: rejected?.rating == null ? undefined : String(rejected.rating),
            text: rejected?.body,
            displayName: rejected?.displayName ?? undefined,
            offer: rejected?.offerId ?? undefined,
          }
          const value = (name: string) => (mine ? failed.value(name) : before[name])
          const error = (name: string) => (mine ? failed.errorFor(name) : undefined)
          return (
            <section key={p.providerId} className="section" aria-labelledby={`p-${p.providerId}`}>
              <h2 className="heading-m" id={`p-${p.providerId}`}>
                {p.providerName}
              </h2>
              <p className="hint">{t('reviews.treatedIn', { month: month(p.treatedMonth) })}</p>
              {p.review ? (
                <>
                  <p className="body">
                    <Tag tone={statusTone[p.review.status]}>{t(`reviews.status.${p.review.status}`)}</Tag>
                  </p>
                  {p.review.reason ? (
                    <p className="body">
                      {t('reviews.family.because', { reason: t(`reviews.reason.${p.review.reason}`) })}
                    </p>
                  ) : null}
                  {rejected && p.mayWrite ? <p className="body">{t('reviews.family.mend')}</p> : null}
                  <ReviewCard review={{ ...p.review, locale: '', treatedMonth: p.treatedMonth }} />
                </>
              ) : null}
              {p.mayWrite ? (
                <Form method="post" noValidate>
                  <h3 className="heading-s">{t('reviews.family.write', { provider: p.providerName })}</h3>
                  <p id={mine ? 'form' : undefined} tabIndex={-1} className="body">
                    {t('reviews.family.howItWorks')}
                  </p>
                  <input type="hidden" name="providerId" value={p.providerId} />
                  <Choices
                    type="radio"
                    name="rating"
                    id={mine ? 'rating' : `rating-${p.providerId}`}
                    legend={t('reviews.rating.legend')}
                    hint={t('reviews.rating.hint')}
                    options={[
                      ...[5, 4, 3, 2, 1].map((n) => ({
                        value: String(n),
                        label: t('reviews.rating.value', { count: n }),
                      })),
                      { value: '', label: t('reviews.rating.none') },
                    ]}
                    selected={[value('rating') ?? '']}
                    error={error('rating')}
                  />
                  <TextareaField
                    name="text"
                    id={mine ? 'text' : `text-${p.providerId}`}
                    label={t('reviews.text.label')}
                    hint={t('reviews.text.hint', { min: MIN_TEXT, max: MAX_TEXT })}
                    defaultValue={value('text')}
                    error={error('text')}
                    rows={8}
                  />
                  <Field
                    name="displayName"
                    id={mine ? 'displayName' : `displayName-${p.providerId}`}
                    label={t('reviews.displayName.label')}
                    hint={t('reviews.displayName.hint', { max: MAX_DISPLAY_NAME })}
                    optional
                    autoComplete="off"
                    defaultValue={value('displayName')}
                    error={error('displayName')}
                  />
                  {p.offers.length > 0 ? (
                    <SelectField
                      name="offer"
                      id={mine ? 'offer' : `offer-${p.providerId}`}
                      label={t('reviews.offer.label')}
                      options={[
                        { value: '', label: t('reviews.offer.none') },
                        ...p.offers.map((o) => ({ value: o.id, label: o.title })),
                      ]}
                      value={value('offer') ?? ''}
                      error={error('offer')}
                    />
                  ) : null}
                  <Button>{t('reviews.family.submit')}</Button>
                </Form>
              ) : p.refusal === 'reviews.no-authority' ? (
                <p className="body">{t('reviews.error.noAuthority')}</p>
              ) : null}
            </section>
          )
        })}
      </div>
    </CasePage>
  )
}
