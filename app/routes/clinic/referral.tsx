import { data, Link } from 'react-router'
import { providerMayReadSection } from '#domain/cases/case-consent.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { openReferralForClinic } from '#server/use-cases/cases/list-cases.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
import type { Route } from './+types/referral'

// A referral as the clinic sees it: only what the patient's consent names,
// checked on this very request (a withdrawn consent is a 404 at once).
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  const rt = await runtime()
  if (!/^[0-9a-f-]{36}$/.test(params.caseId)) throw data(null, { status: 404 })
  const referral = await openReferralForClinic(rt, viewer, params.caseId, request.headers.get('x-request-id'))
  if (!referral) throw data(null, { status: 404 })
  const docs = await listCaseDocuments(rt, referral.row.id, referral.key, {
    onlyIds: referral.share.documentIds,
  })
  const share = { ...referral.share, sections: referral.share.sections as never[] }
  return {
    caseId: referral.row.id,
    reference: referral.row.reference,
    stage: referral.row.stage,
    answers: referral.answers,
    alsfrs: providerMayReadSection(share, 'alsfrs') ? alsfrsSummary(referral.answers) : null,
    documents: docs.map((d) => ({ id: d.id, name: d.meta.filename, kind: d.kind })),
  }
}

export default function Referral({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  return (
    <div>
      <PageTitle title={t('referral.title', { reference: d.reference })} />
      <Link to="/clinic/referrals" className="back-link">
        {t('form.back')}
      </Link>
      <h1 className="heading-xl">{t('referral.title', { reference: d.reference })}</h1>
      <p className="body">
        {t('case.stageLabel')} {t(`case.stage.${d.stage}` as MessageKey)}
      </p>
      <p className="body two-thirds">{t('referral.lede')}</p>
      <h2 className="heading-m">{t('coordinatorCase.answers')}</h2>
      <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
      <h2 className="heading-m">{t('documents.title')}</h2>
      {d.documents.length === 0 ? (
        <p className="body">{t('referral.noDocuments')}</p>
      ) : (
        <ul className="list list--bullet">
          {d.documents.map((doc) => (
            <li key={doc.id}>
              <a href={`/cases/${d.caseId}/documents/${doc.id}`} download dir="auto">
                {doc.name}
              </a>{' '}
              ({t(`documents.kind.${doc.kind}` as MessageKey)})
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
