import { data, redirect } from 'react-router'
import { calendarDateIn } from '#domain/shared/calendar-date.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { EvidenceStanding } from '#domain/listing/evidence-standing.ts'
import { parseEvidenceId } from '#domain/review/rule-revision.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NamesOrNone } from '#app/components/review/version-meta.tsx'
import { SummaryAndSources, VersionedRecordPage } from '#app/components/review/versioned-record.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { fieldsOf, readForm, refuse } from '#app/forms/action.server.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { evidenceForReviewer, reviseEvidenceAsReviewer } from '#server/use-cases/review/evidence-console.ts'
import type { Route } from './+types/evidence-record'

// One evidence record: the version in force, every earlier one, and a form
// for the next (issue 16, ADR 0058), shaped as a rule's page.
const order = ['form', 'standing', 'summary', 'sourceIds', 'lastReviewed', 'note']

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  const evidenceId = parseEvidenceId(params.evidenceId)
  const record = evidenceId ? await evidenceForReviewer(await runtime(), evidenceId) : null
  if (!record) throw data(null, { status: 404 })
  const saved = Number(new URL(request.url).searchParams.get('saved'))
  return { record, saved: record.versions.some((v) => v.version === saved) ? saved : null }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const evidenceId = parseEvidenceId(params.evidenceId)
  if (!evidenceId) throw data(null, { status: 404 })
  const fields = fieldsOf(await readForm(request))
  const one = (name: string) => fields[name]?.[0] ?? ''
  const saved = await reviseEvidenceAsReviewer(
    await runtime(),
    asUserId(viewer.id),
    evidenceId,
    {
      standing: one('standing'),
      summary: one('summary'),
      sourceIds: fields['sourceIds'] ?? [],
      lastReviewed: one('lastReviewed'),
      note: one('note'),
      version: one('version'),
    },
    // The latest date anywhere on Earth: a reviewer east of UTC may date a review "today".
    calendarDateIn(new Date(), 'Pacific/Kiritimati'),
  )
  if (!saved) throw data(null, { status: 404 })
  if (!saved.ok) return refuse(saved.error, fields)
  throw redirect(`/reviewer/evidence/${evidenceId}?saved=${saved.value.version}`, 303)
}

export default function EvidenceRecord({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, order)
  const { current, versions, choices } = loaderData.record
  const title = t('rules.evidence.recordTitle', {
    treatment: current.treatmentName,
    condition: current.conditionName,
  })
  const standingName = (s: string) => t(`rules.standing.${s as EvidenceStanding}`)
  const sourceTitle = (id: string) => choices.sources.find((s) => s.id === id)?.title ?? id
  const rowsOf = (v: (typeof versions)[number]) => [
    { key: t('rules.field.standing'), value: standingName(v.standing) },
    { key: t('rules.field.summary'), value: v.summary },
    { key: t('rules.field.sourceIds'), value: <NamesOrNone names={v.sourceIds.map(sourceTitle)} /> },
    { key: t('rules.field.lastReviewed'), value: formatDate(locale, new Date(v.lastReviewed)) },
  ]
  return (
    <VersionedRecordPage
      title={title}
      back={{ to: '/reviewer/evidence', label: t('rules.evidence.title') }}
      failed={failed}
      saved={loaderData.saved}
      version={current.version}
      versions={versions}
      rowsOf={rowsOf}
      editLede={t('rules.evidence.editLede')}
    >
      <Choices
        type="radio"
        name="standing"
        legend={t('rules.field.standing')}
        options={choices.standings.map((s) => ({ value: s, label: standingName(s) }))}
        selected={[failed.value('standing', current.standing) ?? '']}
        error={failed.errorFor('standing')}
      />
      <SummaryAndSources failed={failed} current={current} sources={choices.sources} />
      <Field
        name="lastReviewed"
        label={t('rules.field.lastReviewed')}
        hint={t('rules.field.dateHint')}
        defaultValue={failed.value('lastReviewed', current.lastReviewed)}
        error={failed.errorFor('lastReviewed')}
        width="half"
        dir="ltr"
        autoComplete="off"
      />
    </VersionedRecordPage>
  )
}
