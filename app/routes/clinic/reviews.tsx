import { Link } from 'react-router'
import { asUserId } from '#domain/shared/ids.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { ReviewCard } from '#app/components/review-card.tsx'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { reviewsForClinic } from '#server/use-cases/reviews/reviews.ts'
import type { Route } from './+types/reviews'

// The published reviews of the clinics this member works for (ADR 0068); the
// international desk and administrators reply once to each.
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  return { reviews: await reviewsForClinic(await caseDeps(), asUserId(viewer.id)) }
}

export default function ClinicReviews({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('reviews.clinic.title')}
        back={{ to: '/clinic', label: t('reviews.clinic.home') }}
        lede={t('reviews.clinic.lede')}
      />
      {d.reviews.length === 0 ? <p className="body">{t('reviews.clinic.none')}</p> : null}
      {d.reviews.map((r) => (
        <ReviewCard
          key={r.id}
          review={r}
          headingLevel={2}
          actions={
            r.mayReply ? (
              <p className="body">
                <Link to={`/clinic/reviews/${r.id}`}>
                  {t('reviews.clinic.replyLink')}
                  <span className="visually-hidden"> ({r.providerName})</span>
                </Link>
              </p>
            ) : null
          }
        />
      ))}
    </div>
  )
}
