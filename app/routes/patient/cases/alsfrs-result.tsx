import { data, Link } from 'react-router'
import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { whoIsAsked } from '#domain/intake/answer-sources.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/alsfrs-result'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const summary = handle.alsfrs()
  if (!summary) throw data(null, { status: 404 })
  return { caseId: handle.case.id, summary, who: whoIsAsked(handle.member.role, handle.answers()) }
}

export default function AlsfrsResult({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { summary, caseId, who } = loaderData
  const n = (v: number) => formatNumber(locale, v)
  return (
    <div className="two-thirds">
      <PageHeader title={t('alsfrs.result.title', { who })} />
      <p className="body">{t('alsfrs.result.lede', { who })}</p>
      <SummaryList
        rows={[
          {
            key: t('alsfrs.result.total'),
            value: t('alsfrs.result.outOf', { score: n(summary.score.total), max: n(48) }),
          },
          ...(['bulbar', 'fine-motor', 'gross-motor', 'respiratory'] as const).map((d) => ({
            key: t(`alsfrs.domain.${d}` as MessageKey),
            value: t('alsfrs.result.outOf', { score: n(summary.score.domains[d]), max: n(12) }),
          })),
          {
            key: t('alsfrs.result.deltaFs'),
            value:
              summary.deltaFs === null
                ? t('intake.notKnown')
                : `${t('alsfrs.result.perMonth', { rate: n(summary.deltaFs) })} (${t(`alsfrs.progression.${summary.progression}` as MessageKey)})`,
          },
          { key: t('alsfrs.result.kings'), value: summary.kings },
          { key: t('alsfrs.result.mitos'), value: n(summary.mitos.stage) },
        ]}
      />
      <p className="body">{t('alsfrs.result.caveat')}</p>
      <ButtonLink to={`/patient/cases/${caseId}`}>{t('form.continue')}</ButtonLink>
      <p className="body">
        <Link to={`/patient/cases/${caseId}/questions/alsfrs-date`}>{t('alsfrs.result.change')}</Link>
      </p>
    </div>
  )
}
