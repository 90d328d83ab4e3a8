import { Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import type { Route } from './+types/report-listing-thanks'

// The confirmation after a report (GOV.UK confirmation page): the reference,
// and whether an email will follow. Only a well-formed reference from the
// address is shown, never other text.
const REFERENCE = /^R-[0-9A-F]{8}$/
const SLUG = /^[a-z0-9-]{1,120}$/

export function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const ref = url.searchParams.get('ref') ?? ''
  return {
    reference: REFERENCE.test(ref) ? ref : null,
    emailed: url.searchParams.get('emailed') === '1',
    slug: SLUG.test(params.providerSlug) ? params.providerSlug : null,
  }
}

export default function ReportThanks({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="two-thirds">
      <PageTitle title={t('report.thanks.title')} />
      <div className="panel panel--confirmation">
        <h1 className="heading-xl">{t('report.thanks.title')}</h1>
        {d.reference ? (
          <p className="body" dir="auto">
            {t('report.thanks.reference', { reference: d.reference })}
          </p>
        ) : null}
      </div>
      <p className="body">{d.emailed ? t('report.thanks.emailed') : t('report.thanks.notEmailed')}</p>
      <p className="body">
        <Link to="/how-we-work#reports">{t('report.thanks.how')}</Link>
      </p>
      {d.slug ? (
        <p className="body">
          <Link to={`/providers/${d.slug}`}>{t('report.thanks.back')}</Link>
        </p>
      ) : null}
    </div>
  )
}
