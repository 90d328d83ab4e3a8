import { Form, Link } from 'react-router'
import {
  parseQueueFilters,
  queueAssignments,
  queueQuery,
  queueSorts,
  queueStages,
  queueWaiting,
} from '#domain/cases/queue-filters.ts'
import { displayName, formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { stageAndSentColumns } from '#app/components/case-columns.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { coordinatorQueue } from '#server/use-cases/cases/case-lists.ts'
import type { Route } from './+types/cases'

// The coordinator's queue: counts by stage, filters in a GET form (so they
// work without JavaScript and every view has its own address), one page of
// cases at a time. Which filters exist and what "overdue" means are decided
// in domain/cases/queue-filters.ts.
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'coordinator')
  const filters = parseQueueFilters(Object.fromEntries(new URL(request.url).searchParams))
  const queue = await coordinatorQueue(await caseDeps(), viewer.id, filters)
  return {
    filters,
    viewerId: viewer.id,
    ...queue,
    previous: filters.page > 1 ? queueQuery(filters, filters.page - 1) : null,
    next: queue.hasNext ? queueQuery(filters, filters.page + 1) : null,
  }
}

export default function CoordinatorQueue({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const f = d.filters
  const stageLabel = (s: string) => t(`case.stage.${s}` as MessageKey)
  return (
    <div>
      <PageHeader title={t('queue.title')} />
      <nav aria-label={t('queue.counts')}>
        <ul className="case-nav">
          <li>
            <Link to="/coordinator/cases" aria-current={f.stage === null ? 'page' : undefined}>
              {t('queue.all')} ({d.counts.reduce((sum, c) => sum + c.count, 0)})
            </Link>
          </li>
          {d.counts
            .filter((c) => c.count > 0 || c.stage === f.stage)
            .map((c) => (
              <li key={c.stage}>
                <Link
                  to={`/coordinator/cases?stage=${c.stage}`}
                  aria-current={f.stage === c.stage ? 'page' : undefined}
                >
                  {stageLabel(c.stage)} ({c.count})
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <Form method="get" action="/coordinator/cases" role="search" aria-labelledby="queue-filter-title">
        <h2 className="heading-m" id="queue-filter-title">
          {t('queue.filter')}
        </h2>
        <Field
          name="q"
          type="search"
          label={t('queue.search.label')}
          hint={t('queue.search.hint')}
          defaultValue={f.q}
          autoComplete="off"
          dir="auto"
        />
        <SelectField
          name="stage"
          label={t('queue.stage')}
          anyLabel={t('queue.any')}
          value={f.stage}
          options={queueStages.map((s) => ({ value: s, label: stageLabel(s) }))}
        />
        <SelectField
          name="country"
          label={t('queue.country')}
          anyLabel={t('queue.any')}
          value={f.country}
          options={d.choices.countries.map((c) => ({ value: c, label: displayName(locale, 'region', c) }))}
        />
        <SelectField
          name="condition"
          label={t('queue.condition')}
          anyLabel={t('queue.any')}
          value={f.condition}
          options={d.choices.conditions.map((c) => {
            // The reference names conditions in English; a known one is named in the viewer's language.
            const key = `queue.condition.${c.id}`
            return { value: c.id, label: t.has(key) ? t(key) : c.name }
          })}
        />
        <SelectField
          name="assigned"
          label={t('queue.assigned')}
          anyLabel={t('queue.any')}
          value={f.assigned}
          options={queueAssignments.map((a) => ({ value: a, label: t(`queue.assigned.${a}`) }))}
        />
        <SelectField
          name="waiting"
          label={t('queue.waiting')}
          anyLabel={t('queue.any')}
          value={f.waiting}
          options={queueWaiting.map((w) => ({ value: w, label: t(`queue.waiting.${w}`) }))}
        />
        <Choices
          type="checkbox"
          name="overdue"
          legend={t('queue.overdue')}
          selected={f.overdue ? ['1'] : []}
          options={[{ value: '1', label: t('queue.overdueOnly') }]}
        />
        <SelectField
          name="sort"
          label={t('queue.sort')}
          value={f.sort}
          options={queueSorts.map((s) => ({ value: s, label: t(`queue.sort.${s}`) }))}
        />
        <div className="button-group">
          <Button>{t('queue.apply')}</Button>
          <Link to="/coordinator/cases" className="link">
            {t('queue.clear')}
          </Link>
        </div>
      </Form>
      {/* After the filters change, focus comes here: the results, not the top of the page. */}
      <h2 className="heading-m" id="queue-results" tabIndex={-1} data-navigation-focus="">
        {t('queue.results')}
      </h2>
      <Table
        caption={t('queue.title')}
        empty={t('queue.none')}
        testId="queue"
        rows={d.cases}
        columns={[
          {
            header: t('queue.col.case'),
            rowHeader: true,
            cell: (c) => (
              <Link to={`/coordinator/cases/${c.id}`}>
                <span className="nowrap">{c.reference}</span>
                {c.patientName ? <span dir="auto"> · {c.patientName}</span> : null}
              </Link>
            ),
          },
          ...stageAndSentColumns(t, locale),
          {
            header: t('queue.col.assignee'),
            cell: (c) =>
              c.assignee === null ? (
                t('queue.nobody')
              ) : c.assignee.id === d.viewerId ? (
                t('queue.you')
              ) : (
                <span dir="auto">{c.assignee.name}</span>
              ),
          },
          {
            header: t('queue.col.waiting'),
            cell: (c) => (c.waitingOn ? t(`queue.waiting.${c.waitingOn}`) : '—'),
          },
          {
            header: t('queue.col.due'),
            // Overdue is said in words, with the tag's colour only as a second cue.
            cell: (c) => (
              <>
                {c.firstReplyDue ? formatDate(locale, new Date(c.firstReplyDue)) : t('queue.replied')}
                {c.firstReplyOverdue ? (
                  <>
                    {' '}
                    <Tag tone="red">{t('queue.firstReplyOverdue')}</Tag>
                  </>
                ) : null}
                {c.seriousAdverseEvent ? (
                  <>
                    {' '}
                    <Tag tone="red">{t('treatment.flag.serious')}</Tag>
                    {c.seriousEscalated ? (
                      <>
                        {' '}
                        <Tag tone="red">{t('treatment.flag.escalatedTag')}</Tag>
                      </>
                    ) : null}
                  </>
                ) : null}
                {c.followUpMissed ? (
                  <>
                    {' '}
                    <Tag tone="red">{t('followUp.flag.missed')}</Tag>
                  </>
                ) : null}
                {c.referralsOverdue > 0 ? (
                  <>
                    {' '}
                    <Tag tone="red">{t('queue.referralsOverdue', { count: c.referralsOverdue })}</Tag>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {d.previous !== null || d.next !== null ? (
        <nav className="pagination" aria-label={t('queue.pages')}>
          <p className="body">{t('queue.page', { page: f.page })}</p>
          <ul className="pagination__list">
            {d.previous !== null ? (
              <li>
                <Link rel="prev" to={`/coordinator/cases?${d.previous}`}>
                  {t('queue.previous')}
                </Link>
              </li>
            ) : null}
            {d.next !== null ? (
              <li>
                <Link rel="next" to={`/coordinator/cases?${d.next}`}>
                  {t('queue.next')}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
