import { Link } from 'react-router'
import { ContentBody } from '#app/components/content-document.tsx'
import { JsonLd } from '#app/components/json-ld.tsx'
import { contentMeta } from '#app/lib/content-meta.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { ShareLinks } from '#app/components/share-links.tsx'
import { textLanguage } from '#app/components/content-flow.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { localeOf, runtime } from '#app/request.server.ts'
import { htmlText } from '#app/lib/html-text.ts'
import { reviewDatesOf } from '#app/lib/review-dates.ts'
import { readContentPage } from '#server/use-cases/content/content-page.ts'
import type { Route } from './+types/stem-cell-guide'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const rt = await runtime()
  const locale = localeOf(request)
  const page = readContentPage('stem-cells-for-als', locale)
  if (!page) throw new Error('content/pages/en/stem-cells-for-als.md is missing')
  return {
    doc: page.doc,
    docLocale: page.locale,
    reviewed: reviewDatesOf(locale, page.doc),
    url: `${rt.config.publicUrl}/guides/stem-cells-for-als`,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => contentMeta(loaderData)

export default function StemCellGuide({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <PageTitle title={d.doc.title} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          url: d.url,
          name: d.doc.title,
          inLanguage: d.docLocale,
          lastReviewed: d.doc.lastReviewed,
          mainEntity: d.doc.sections.map((s) => ({
            '@type': 'Question',
            name: s.heading,
            acceptedAnswer: {
              '@type': 'Answer',
              text: s.blocks
                .flatMap((b) => (typeof b === 'string' ? b : b.items))
                .map(htmlText)
                .join(' '),
            },
          })),
        }}
      />
      <h1 className="heading-xl" {...textLanguage(d.docLocale, locale)}>
        {d.doc.title}
      </h1>
      {d.docLocale !== locale ? <NotificationBanner title={t('guide.englishOnly')} /> : null}
      <p className="lede" {...textLanguage(d.docLocale, locale)}>
        {d.doc.summary}
      </p>
      <ul className="list">
        <li>
          <Link to="/conditions/als">{t('nav.als')}</Link>
        </li>
        <li>
          <Link to="/providers?condition=als&pathway=registered-trial">
            {t('search.pathway.registered-trial')}
          </Link>
        </li>
        <li>
          <Link to="/providers?condition=als&pathway=standard-care">{t('search.pathway.standard-care')}</Link>
        </li>
      </ul>
      <ContentBody doc={d.doc} locale={d.docLocale} reviewed={d.reviewed} />
      <ShareLinks url={d.url} title={d.doc.title} />
    </>
  )
}
