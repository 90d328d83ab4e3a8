import { Link } from 'react-router'
import { formatDateTime } from '#domain/i18n/format.ts'
import { zoneName } from '#domain/intake/time-zones.ts'
import { localeOf } from '#app/request.server.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/privacy'

// The patient's own view of their data: who looked at it, a full export, and erasure.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const [log, docs] = await Promise.all([handle.accessLog(), handle.documents()])
  // Times read in the family's own zone, named, as the home doctor's page does.
  const timeZone = handle.timeZone(null)
  return {
    caseId: handle.case.id,
    timeZone,
    zone: zoneName(localeOf(request), timeZone, new Date()),
    log: log.map((e) => ({
      ...e,
      documentName: e.documentId ? (docs.find((d) => d.id === e.documentId)?.meta.filename ?? null) : null,
    })),
  }
}

// Who read as what: each has its own words; anything else reads as the coordinator.
const readers = ['clinic', 'second-opinion']

export default function PrivacyPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { caseId } = loaderData
  return (
    <CasePage caseId={caseId} current="privacy" title={t('privacy.title')}>
      <h2 className="heading-l">{t('privacy.log.title')}</h2>
      <p className="body two-thirds">{t('privacy.log.lede')}</p>
      <p className="hint">{t('privacy.log.zone', { zone: loaderData.zone })}</p>
      <Table
        caption={t('privacy.log.title')}
        empty={t('privacy.log.none')}
        testId="access-log"
        rows={loaderData.log}
        columns={[
          {
            header: t('privacy.log.when'),
            cell: (e) => {
              const from = formatDateTime(locale, new Date(e.from), loaderData.timeZone)
              const to = formatDateTime(locale, new Date(e.at), loaderData.timeZone)
              // Reads within the same minute read as one time, not "03:10 to 03:10".
              return e.count > 1 && from !== to ? t('privacy.log.span', { from, to }) : to
            },
          },
          {
            header: t('privacy.log.who'),
            dir: 'auto',
            cell: (e) =>
              // Read through a link, by nobody signed in: the patient's link page names the doctor.
              e.as === 'home-doctor' ? (
                t('homeDoctor.privacy.as')
              ) : (
                <>
                  {e.who} (
                  {e.as === 'clinic' && e.provider
                    ? t('privacy.as.clinicNamed', { provider: e.provider })
                    : t(`privacy.as.${readers.includes(e.as) ? e.as : 'coordinator'}` as MessageKey)}
                  )
                </>
              ),
          },
          {
            header: t('privacy.log.what'),
            dir: 'auto',
            cell: (e) =>
              e.what === 'document'
                ? t('privacy.log.document', {
                    name: e.documentName ?? t('privacy.log.deletedDocument'),
                    count: e.count,
                  })
                : t('privacy.log.case', { count: e.count }),
          },
        ]}
      />
      <p className="body">
        <Link to={`/patient/cases/${caseId}/home-doctor`}>{t('homeDoctor.links.fromPrivacy')}</Link>
      </p>
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
    </CasePage>
  )
}
