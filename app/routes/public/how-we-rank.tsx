import { Link } from 'react-router'
import { ContentFlow, textLanguage } from '#app/components/content-flow.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { publicPageHeaders } from '#app/lib/public-page.ts'
import { localeOf } from '#app/request.server.ts'
import { readContentPage } from '#server/use-cases/content/content-page.ts'
import type { Route } from './+types/how-we-rank'

export const headers = publicPageHeaders

export function loader({ request }: Route.LoaderArgs) {
  const page = readContentPage('how-we-rank', localeOf(request))
  if (!page) throw new Error('content/pages/en/how-we-rank.md is missing')
  return { doc: page.doc, docLocale: page.locale }
}

export default function HowWeRank({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="two-thirds">
      <PageTitle title={d.doc.title} />
      <h1 className="heading-xl" {...textLanguage(d.docLocale, locale)}>
        {d.doc.title}
      </h1>
      {d.docLocale !== locale ? <NotificationBanner title={t('guide.englishOnly')} /> : null}
      <p className="lede" {...textLanguage(d.docLocale, locale)}>
        {d.doc.summary}
      </p>
      <div {...textLanguage(d.docLocale, locale)}>
        <ContentFlow doc={d.doc} />
      </div>
      <section aria-labelledby="apply-heading" className="section">
        <h2 className="heading-m" id="apply-heading">
          {t('apply.invite.title')}
        </h2>
        <p className="body">{t('apply.invite.body')}</p>
        <p className="body">
          <Link to="/clinics/apply">{t('apply.link')}</Link>
        </p>
      </section>
    </div>
  )
}
