import { isolated } from '#domain/i18n/format.ts'
import { englishTextIn } from '#app/lib/english-text.ts'
import { data, Link } from 'react-router'
import { ContentBody } from '#app/components/content-document.tsx'
import { JsonLd } from '#app/components/json-ld.tsx'
import { contentMeta } from '#app/lib/content-meta.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { textLanguage } from '#app/components/content-flow.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { localeOf, runtime } from '#app/request.server.ts'
import { reviewDates, reviewDatesOf } from '#app/lib/review-dates.ts'
import { getConditionEvidence } from '#server/use-cases/catalogue/public-catalogue.ts'
import { readContentPage } from '#server/use-cases/content/content-page.ts'
import type { Route } from './+types/condition'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

// The reviewed page for each condition: content/pages/<locale>/<slug>.md.
const pageBySlug: Record<string, string> = { als: 'als' }
const standings = ['approved', 'standard-care', 'in-trials', 'unproven'] as const
const tone: Record<(typeof standings)[number], TagTone> = {
  approved: 'green',
  'standard-care': 'blue',
  'in-trials': 'yellow',
  unproven: 'red',
}

export async function loader({ params, request }: Route.LoaderArgs) {
  const rt = await runtime()
  const slug = params.conditionSlug
  const locale = localeOf(request)
  const found = /^[a-z0-9-]{1,80}$/.test(slug) ? await getConditionEvidence(rt, slug) : null
  const page = found && pageBySlug[slug] ? readContentPage(pageBySlug[slug], locale) : null
  if (!found || !page) throw data(null, { status: 404 })
  return {
    ...found,
    // Dates come written, so the browser builds no date formatter (app/lib/review-dates.ts).
    evidence: found.evidence.map((e) => ({
      ...e,
      reviewed: reviewDates(locale, String(e.lastReviewed), page.doc.reviewDue ?? String(e.lastReviewed)),
    })),
    reviewed: reviewDatesOf(locale, page.doc),
    doc: page.doc,
    docLocale: page.locale,
    url: `${rt.config.publicUrl}/conditions/${slug}`,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => contentMeta(loaderData)

export default function ConditionPage({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const c = d.condition
  const english = englishTextIn(locale)
  return (
    <>
      <PageTitle title={d.doc.title} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'MedicalWebPage',
          url: d.url,
          name: d.doc.title,
          lastReviewed: d.doc.lastReviewed,
          about: {
            '@type': 'MedicalCondition',
            name: c.name,
            code: [
              { '@type': 'MedicalCode', codingSystem: 'ICD-10', codeValue: c.icd10 },
              { '@type': 'MedicalCode', codingSystem: 'ICD-11', codeValue: c.icd11 },
              { '@type': 'MedicalCode', codingSystem: 'SNOMED CT', codeValue: c.snomed },
            ],
          },
        }}
      />
      <h1 className="heading-xl" {...textLanguage(d.docLocale, locale)}>
        {d.doc.title}
      </h1>
      {d.docLocale !== locale ? <NotificationBanner title={t('guide.englishOnly')} /> : null}
      <p className="lede" {...textLanguage(d.docLocale, locale)}>
        {d.doc.summary}
      </p>
      <p className="hint">
        {/* The label follows the page; each code keeps its own direction. */}
        {t('condition.codes', {
          icd10: isolated(c.icd10 ?? '–'),
          icd11: isolated(c.icd11 ?? '–'),
          snomed: isolated(c.snomed ?? '–'),
        })}
      </p>
      <ul className="list">
        <li>
          <Link to={`/providers?condition=${c.id}`}>{t('condition.findProviders')}</Link>
        </li>
        <li>
          <Link to="/guides/stem-cells-for-als">{t('condition.guideLink')}</Link>
        </li>
      </ul>

      <section aria-labelledby="evidence-panel" className="section evidence-panel">
        <h2 className="heading-l" id="evidence-panel">
          {t('condition.evidencePanel')}
        </h2>
        {/* The reviewed summaries exist in English only: said, not left for the reader to discover. */}
        {locale !== 'en' ? <p className="hint">{t('condition.evidenceInEnglish')}</p> : null}
        {standings.map((standing) => {
          const items = d.evidence.filter((e) => e.standing === standing)
          if (items.length === 0) return null
          return (
            <div key={standing}>
              <h3 className="heading-m">
                <Tag tone={tone[standing]}>{t(`condition.standing.${standing}`)}</Tag>
              </h3>
              {items.map((e) => (
                <article key={e.id} className="evidence" aria-labelledby={`ev-${e.id}`}>
                  <h4 className="heading-s" id={`ev-${e.id}`} {...english}>
                    {e.treatmentName}
                  </h4>
                  <p className="body" {...english}>
                    {e.summary}
                  </p>
                  {e.trials.length > 0 ? (
                    <div
                      className="table-scroll"
                      tabIndex={0}
                      role="region"
                      aria-label={`${t('condition.trials')}: ${e.treatmentName}`}
                    >
                      <table className="table">
                        <caption className="heading-s">{t('condition.trials')}</caption>
                        <tbody>
                          {e.trials.map((trial) => (
                            <tr key={trial.registryId}>
                              <th scope="row" dir="ltr">
                                {trial.registryId}
                              </th>
                              <td {...english}>
                                {trial.title}; phase {trial.phase}
                                {trial.size ? `; n=${trial.size}` : ''}; {trial.status}. {trial.result}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : null}
                  {e.reviews.length > 0 ? (
                    <ul className="list list--bullet" {...english}>
                      {e.reviews.map((r) => (
                        <li key={r.citation}>
                          {r.citation}: {r.finding}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <details className="details">
                    <summary>{t('condition.sources')}</summary>
                    <ul className="list">
                      {e.sources.map((s) => (
                        <li key={s.title} className="hint">
                          {s.url ? (
                            <a href={s.url} rel="noopener noreferrer">
                              {s.title}
                            </a>
                          ) : (
                            s.title
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                  <p className="hint">{t('condition.lastReviewed', e.reviewed)}</p>
                </article>
              ))}
            </div>
          )
        })}
      </section>
      <ContentBody doc={d.doc} locale={d.docLocale} reviewed={d.reviewed} />
    </>
  )
}
