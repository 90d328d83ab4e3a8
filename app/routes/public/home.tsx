import { Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { SearchBar } from '#app/components/search-bar.tsx'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { useT } from '#app/lib/i18n.ts'
import { localeOf, runtime, viewerOf } from '#app/request.server.ts'
import { displayName } from '#domain/i18n/format.ts'
import { listProvidersForHome } from '#server/use-cases/catalogue/list-home-providers.ts'
import type { Route } from './+types/home'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const [providers, viewer] = await Promise.all([listProvidersForHome(await runtime()), viewerOf(request)])
  const locale = localeOf(request)
  return {
    // The country comes named in the viewer's language: naming it in the browser
    // would build Intl's data while the page hydrates (ADR 0078).
    providers: providers.map((p) => ({ ...p, country: displayName(locale, 'region', p.countryCode) })),
    signedIn: viewer !== null,
    erased: viewer === null && new URL(request.url).searchParams.has('erased'),
  }
}

export const meta: Route.MetaFunction = () => [
  {
    name: 'description',
    content:
      'Waypoint helps people considering treatment abroad learn what is proven, vet providers, compare honest quotes and share records safely.',
  },
]

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const steps = ['learn', 'vet', 'share', 'follow'] as const
  return (
    <>
      <PageTitle title={t('app.tagline')} />
      {loaderData.erased ? <NotificationBanner tone="success" title={t('erase.done')} /> : null}
      <h1 className="heading-xl">{t('home.title')}</h1>
      <p className="lede">{t('home.lede')}</p>
      {loaderData.signedIn ? (
        <div className="button-group">
          <ButtonLink to="/signed-in">{t('home.continue')}</ButtonLink>
        </div>
      ) : (
        <div className="button-group">
          <ButtonLink to="/sign-up">{t('home.start')}</ButtonLink>
          <ButtonLink to="/sign-in" variant="secondary">
            {t('home.signIn')}
          </ButtonLink>
        </div>
      )}

      {/* Many families come to search first: the box is here, not only behind "Find providers". */}
      <SearchBar />

      <Section id="stance" title={t('home.stance.title')} className="section inset-text">
        <p className="body">{t('home.stance.body')}</p>
      </Section>

      <Section id="steps" title={t('home.steps.title')} size="l" className="section">
        <ol className="card-grid">
          {steps.map((s) => (
            <li className="card" key={s}>
              <h3 className="heading-s">{t(`home.steps.${s}.title`)}</h3>
              <p className="body">{t(`home.steps.${s}.body`)}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="providers" title={t('home.providers.title')} size="l" className="section">
        <p className="body">{t('home.providers.count', { count: loaderData.providers.length })}</p>
        <ul className="card-grid">
          {loaderData.providers.map((p) => (
            <li className="card" key={p.id}>
              <h3 className="heading-s">
                <Link to={`/providers/${p.slug}`} className="link-target">
                  {p.name}
                </Link>{' '}
                {p.isDemo ? <Tag tone="purple">{t('home.providers.demoTag')}</Tag> : null}
              </h3>
              <p className="hint">{t('home.providers.location', { city: p.city, country: p.country })}</p>
              <p className="body" lang="en" dir="ltr">
                {p.summary}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      {loaderData.signedIn ? null : (
        <p className="body">
          <Link to="/sign-up">{t('home.start')}</Link>
        </p>
      )}
    </>
  )
}
