import { Link } from 'react-router'
import { formatDateTime } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/privacy'

// The patient's own view of their data: who looked at it, a full export, and erasure.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const [log, docs] = await Promise.all([handle.accessLog(), handle.documents()])
  return {
    caseId: handle.case.id,
    log: log.map((e) => ({
      ...e,
      documentName: e.documentId ? (docs.find((d) => d.id === e.documentId)?.meta.filename ?? null) : null,
    })),
  }
}

export default function PrivacyPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { caseId } = loaderData
  return (
    <div>
      <PageTitle title={t('privacy.title')} />
      <h1 className="heading-xl">{t('privacy.title')}</h1>
      <CaseNav caseId={caseId} current="privacy" />
      <h2 className="heading-l">{t('privacy.log.title')}</h2>
      <p className="body two-thirds">{t('privacy.log.lede')}</p>
      {loaderData.log.length === 0 ? (
        <p className="body">{t('privacy.log.none')}</p>
      ) : (
        <table className="table" data-testid="access-log">
          <caption className="visually-hidden">{t('privacy.log.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.log.when')}</th>
              <th scope="col">{t('privacy.log.who')}</th>
              <th scope="col">{t('privacy.log.what')}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.log.map((e, i) => (
              <tr key={i}>
                <td>
                  {e.count > 1
                    ? t('privacy.log.span', {
                        from: formatDateTime(locale, new Date(e.from)),
                        to: formatDateTime(locale, new Date(e.at)),
                      })
                    : formatDateTime(locale, new Date(e.at))}
                </td>
                <td dir="auto">
                  {e.who} (
                  {e.as === 'clinic' && e.provider
                    ? t('privacy.as.clinicNamed', { provider: e.provider })
                    : t(`privacy.as.${e.as === 'clinic' ? 'clinic' : 'coordinator'}` as MessageKey)}
                  )
                </td>
                <td dir="auto">
                  {e.what === 'document'
                    ? t('privacy.log.document', {
                        name: e.documentName ?? t('privacy.log.deletedDocument'),
                        count: e.count,
                      })
                    : t('privacy.log.case', { count: e.count })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="heading-l">{t('privacy.export.title')}</h2>
      <p className="body two-thirds">{t('privacy.export.lede')}</p>
      <ul className="list list--bullet">
        <li>
          <a href={`/patient/cases/${caseId}/export/fhir`} download>
            {t('privacy.export.fhir')}
          </a>
        </li>
        <li>
          <a href={`/patient/cases/${caseId}/export/pdf`} download>
            {t('privacy.export.pdf')}
          </a>
        </li>
      </ul>
      <h2 className="heading-l">{t('privacy.erase.title')}</h2>
      <p className="body two-thirds">{t('privacy.erase.lede')}</p>
      <p className="body">
        <Link to="/account/erase">{t('privacy.erase.link')}</Link>
      </p>
    </div>
  )
}
