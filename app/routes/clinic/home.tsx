import { Link } from 'react-router'
import { AreaHome } from '#app/components/area-landing.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { clinicMembershipsOf } from '#server/use-cases/staff/clinic-memberships.ts'
import { clinicInboxCounts } from '#server/use-cases/cases/case-lists.ts'
import { caseDeps } from '#app/case.server.ts'
import { InboxViewsNav } from '#app/components/inbox-views-nav.tsx'
import { listingsForClinicStaff } from '#server/use-cases/staff/clinic-listings.ts'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { ReviewStatusTag } from '#app/components/review-status-tag.tsx'
import type { Route } from './+types/home'
import { isPublicVerdict } from '#domain/listing/public-verdicts.ts'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'clinic')
  const rt = await runtime()
  const [memberships, listings, inbox] = await Promise.all([
    clinicMembershipsOf(rt, user.id),
    listingsForClinicStaff(rt, user.id),
    clinicInboxCounts(await caseDeps(), user.id),
  ])
  return { user: { name: user.name, role: user.role }, memberships, listings, inbox }
}

export default function ClinicHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaHome area="clinic" user={loaderData.user}>
      {loaderData.memberships.length === 0 ? (
        <p className="body">{t('clinic.noProvider')}</p>
      ) : (
        <ul className="list">
          {loaderData.memberships.map((m) => (
            <li key={m.providerId}>
              {t('clinic.memberOf', { providers: m.name })}{' '}
              {m.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
              <ul className="list">
                <li>
                  <Link to={`/clinic/teams/${m.providerId}`}>{t('team.link', { clinic: m.name })}</Link>
                </li>
                <li>
                  {/* A clinic still being reviewed finds its way back to its application (issue 16);
                      an approved one to its offers and credentials, to add, change or withdraw them. */}
                  <Link to={`/clinic/onboarding/${m.providerId}`}>
                    {t(m.reviewStatus === 'approved' ? 'onboarding.manageLink' : 'onboarding.link', {
                      clinic: m.name,
                    })}
                  </Link>
                </li>
                <li>
                  <Link to={`/clinic/consultation-slots?clinic=${encodeURIComponent(m.providerId)}`}>
                    {t('slots.title')}
                  </Link>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
      {loaderData.memberships.length > 0 ? (
        <>
          <Section id="inbox" title={t('clinic.inbox')} className="section">
            <InboxViewsNav counts={loaderData.inbox} />
          </Section>
          <p className="body">
            <Link to="/clinic/reviews">{t('reviews.clinic.title')}</Link>
          </p>
        </>
      ) : null}
      {loaderData.listings.length > 0 ? (
        <Section id="listings" title={t('clinic.listings')} className="section">
          <p className="body">{t('clinic.listingsLede')}</p>
          {loaderData.listings.map((l) => (
            <article className="offer" key={l.id} aria-labelledby={`l-${l.id}`}>
              <h3 className="heading-s" id={`l-${l.id}`}>
                {l.title}
              </h3>
              <p>
                {t('onboarding.offer.verdict', { verdict: '' })}
                <Tag tone={l.verdict === 'blocked' ? 'red' : isPublicVerdict(l.verdict) ? 'green' : 'yellow'}>
                  {t(`clinic.verdict.${l.verdict as 'listable'}`)}
                </Tag>
              </p>
              <p>
                {t('onboarding.status', { status: '' })}
                <ReviewStatusTag status={l.reviewStatus} />
              </p>
              <PolicyReasons reasons={l.reasons} title={t('reviewer.reasons')} />
            </article>
          ))}
        </Section>
      ) : null}
    </AreaHome>
  )
}
