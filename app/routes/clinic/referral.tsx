import type { MessageKey } from '#domain/i18n/translate.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { CaseDocumentList } from '#app/components/case-documents.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/referral'

// A referral as the clinic sees it: only what the patient's consent names,
// checked on this very request (a withdrawn consent is a 404 at once).
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const docs = await handle.documents()
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    stage: handle.case.stage,
    answers: handle.answers(),
    alsfrs: handle.alsfrs(),
    documents: docs.map((d) => ({
      id: d.id,
      name: d.meta.filename,
      kind: d.kind,
      type: d.meta.type ?? null,
    })),
  }
}

export default function Referral({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  return (
    <div>
      <PageHeader title={t('referral.title', { reference: d.reference })} back="/clinic/referrals" />
      <p className="body">
        {t('case.stageLabel')} {t(`case.stage.${d.stage}` as MessageKey)}
      </p>
      <p className="body two-thirds">{t('referral.lede')}</p>
      <h2 className="heading-m">{t('coordinatorCase.answers')}</h2>
      <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
      <h2 className="heading-m">{t('documents.title')}</h2>
      <CaseDocumentList caseId={d.caseId} documents={d.documents} empty={t('referral.noDocuments')} />
    </div>
  )
}
