import { data, Link } from 'react-router'
import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { whoIsAsked } from '#domain/intake/answer-sources.ts'
import { stageSources, type StageSource } from '#domain/alsfrs/stage-sources.ts'
import { kingsStagesExplained, mitosStagesExplained } from '#domain/alsfrs/stages-explained.ts'
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
  return {
    caseId: handle.case.id,
    summary,
    who: whoIsAsked(handle.member.role, handle.answers()),
    sources: stageSources(),
  }
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
          {
            key: t('alsfrs.result.kings'),
            value: (
              <>
                {summary.kings}
                <div className="hint" data-testid="kings-explained">
                  {t(`alsfrs.stage.kings.${summary.kings}` as MessageKey)}
                </div>
              </>
            ),
          },
          {
            key: t('alsfrs.result.mitos'),
            value: (
              <>
                {n(summary.mitos.stage)}
                <div className="hint" data-testid="mitos-explained">
                  {t(`alsfrs.stage.mitos.${summary.mitos.stage}` as MessageKey)}
                </div>
              </>
            ),
          },
        ]}
      />
      <StagesExplained sources={loaderData.sources} />
      <p className="body">{t('alsfrs.result.caveat')}</p>
      <ButtonLink to={`/patient/cases/${caseId}`}>{t('form.continue')}</ButtonLink>
      <p className="body">
        <Link to={`/patient/cases/${caseId}/questions/alsfrs-date`}>{t('alsfrs.result.change')}</Link>
      </p>
    </div>
  )
}

function SourceList({ sources }: { sources: StageSource[] }) {
  return (
    <ul className="list list--bullet">
      {sources.map((s) => (
        <li key={s.id} lang="en" dir="ltr">
          {s.url ? <a href={s.url}>{s.title}</a> : s.title}
        </li>
      ))}
    </ul>
  )
}

/** Every stage of both scales in plain words, with the papers that define them. */
function StagesExplained({ sources }: { sources: { kings: StageSource[]; mitos: StageSource[] } }) {
  const t = useT()
  return (
    <section aria-labelledby="stages-explained">
      <h2 className="heading-m" id="stages-explained">
        {t('alsfrs.stage.title')}
      </h2>
      <p className="body">{t('alsfrs.stage.same')}</p>
      <h3 className="heading-s">{t('alsfrs.result.kings')}</h3>
      <p className="body">{t('alsfrs.stage.kings.lede')}</p>
      <ul className="list list--bullet">
        {kingsStagesExplained.map((stage) => (
          <li key={stage}>{t(`alsfrs.stage.kings.${stage}`)}</li>
        ))}
      </ul>
      <h3 className="heading-s">{t('alsfrs.result.mitos')}</h3>
      <p className="body">{t('alsfrs.stage.mitos.lede')}</p>
      <ul className="list list--bullet">
        {mitosStagesExplained.map((stage) => (
          <li key={stage}>{t(`alsfrs.stage.mitos.${stage}`)}</li>
        ))}
      </ul>
      <h3 className="heading-s">{t('alsfrs.stage.sources')}</h3>
      <SourceList sources={[...sources.kings, ...sources.mitos]} />
    </section>
  )
}
