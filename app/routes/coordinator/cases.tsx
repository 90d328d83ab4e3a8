import { Link } from 'react-router'
import { caseStages, type CaseStage } from '#domain/cases/case-stages.ts'
import { responseDue } from '#domain/cases/response-due.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { stageAndSentColumns } from '#app/components/case-columns.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { coordinatorQueue } from '#server/use-cases/cases/case-lists.ts'
import type { Route } from './+types/cases'

export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'coordinator')
  const stageParam = new URL(request.url).searchParams.get('stage')
  const stage = caseStages.includes(stageParam as CaseStage) ? (stageParam as CaseStage) : null
  const cases = await coordinatorQueue(await caseDeps(), stage)
  const now = new Date()
  return {
    stage,
    cases: cases.map((c) => {
      const due = c.submittedAt ? responseDue(new Date(c.submittedAt)) : null
      return { ...c, due, overdue: due ? due < now : false }
    }),
  }
}

export default function CoordinatorQueue({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div>
      <PageHeader title={t('queue.title')} />
      <nav aria-label={t('queue.filter')}>
        <ul className="case-nav">
          {([null, 'records-submitted', 'under-evaluation', 'plan-proposed', 'inquiry'] as const).map((s) => (
            <li key={s ?? 'all'}>
              <Link
                to={s ? `/coordinator/cases?stage=${s}` : '/coordinator/cases'}
                aria-current={loaderData.stage === s ? 'page' : undefined}
              >
                {s ? t(`case.stage.${s}` as MessageKey) : t('queue.open')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Table
        caption={t('queue.title')}
        empty={t('queue.none')}
        testId="queue"
        rows={loaderData.cases}
        columns={[
          {
            header: t('queue.col.case'),
            cell: (c) => (
              <Link to={`/coordinator/cases/${c.id}`}>
                {c.reference}
                {c.patientName ? <span dir="auto"> · {c.patientName}</span> : null}
              </Link>
            ),
          },
          ...stageAndSentColumns(t, locale),
          {
            header: t('queue.col.due'),
            cell: (c) => (
              <>
                {c.due ? formatDate(locale, new Date(c.due)) : '—'}{' '}
                {c.overdue ? <Tag tone="red">{t('queue.overdue')}</Tag> : null}
              </>
            ),
          },
        ]}
      />
    </div>
  )
}
