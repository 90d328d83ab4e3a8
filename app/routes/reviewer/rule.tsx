import { data, redirect } from 'react-router'
import { displayName, formatDate } from '#domain/i18n/format.ts'
import type { DocumentKind, Requirement, TreatmentClass } from '#domain/listing/types.ts'
import { parseRuleId } from '#domain/review/rule-revision.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NamesOrNone } from '#app/components/review/version-meta.tsx'
import { SummaryAndSources, VersionedRecordPage } from '#app/components/review/versioned-record.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { fieldsOf, readForm, refuse } from '#app/forms/action.server.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { reviseRuleAsReviewer, ruleForReviewer } from '#server/use-cases/review/rules-console.ts'
import type { Route } from './+types/rule'

// One jurisdiction rule: the version in force, every earlier one, and a form
// for the next (issue 16, ADR 0058). Saving queues the offers it governs to
// be judged again; the page says so and does not wait for it.
const order = [
  'form',
  'requirement',
  'requiredDocuments',
  'acceptedRegistries',
  'approvedTreatmentIds',
  'summary',
  'sourceIds',
  'effectiveDate',
  'reviewDate',
  'note',
]

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  const ruleId = parseRuleId(params.ruleId)
  const rule = ruleId ? await ruleForReviewer(await runtime(), ruleId) : null
  if (!rule) throw data(null, { status: 404 })
  const saved = Number(new URL(request.url).searchParams.get('saved'))
  // Only a version this rule has is announced, never text from the address bar.
  return { rule, saved: rule.versions.some((v) => v.version === saved) ? saved : null }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const ruleId = parseRuleId(params.ruleId)
  if (!ruleId) throw data(null, { status: 404 })
  const fields = fieldsOf(await readForm(request))
  const one = (name: string) => fields[name]?.[0] ?? ''
  const all = (name: string) => fields[name] ?? []
  const saved = await reviseRuleAsReviewer(await runtime(), asUserId(viewer.id), ruleId, {
    requirement: one('requirement'),
    requiredDocuments: all('requiredDocuments'),
    acceptedRegistries: all('acceptedRegistries'),
    approvedTreatmentIds: all('approvedTreatmentIds'),
    summary: one('summary'),
    sourceIds: all('sourceIds'),
    effectiveDate: one('effectiveDate'),
    reviewDate: one('reviewDate'),
    note: one('note'),
    version: one('version'),
  })
  if (!saved) throw data(null, { status: 404 })
  if (!saved.ok) return refuse(saved.error, fields)
  throw redirect(`/reviewer/rules/${ruleId}?saved=${saved.value.version}`, 303)
}

export default function Rule({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, order)
  const { current, versions, choices } = loaderData.rule
  const title = t('rules.ruleTitle', {
    country: displayName(locale, 'region', current.countryCode),
    type: t(`rules.class.${current.treatmentClass as TreatmentClass}`),
  })
  const requirementName = (r: string) => t(`rules.requirement.${r as Requirement}`)
  const documentName = (d: string) => t(`rules.document.${d as DocumentKind}`)
  const sourceTitle = (id: string) => choices.sources.find((s) => s.id === id)?.title ?? id
  const treatmentName = (id: string) => choices.treatments.find((x) => x.id === id)?.name ?? id
  const date = (d: string) => formatDate(locale, new Date(d))
  const rowsOf = (v: (typeof versions)[number]) => [
    { key: t('rules.field.requirement'), value: requirementName(v.requirement) },
    {
      key: t('rules.field.requiredDocuments'),
      value: <NamesOrNone names={v.requiredDocuments.map(documentName)} />,
    },
    { key: t('rules.field.acceptedRegistries'), value: <NamesOrNone names={v.acceptedRegistries} /> },
    {
      key: t('rules.field.approvedTreatmentIds'),
      value: <NamesOrNone names={v.approvedTreatmentIds.map(treatmentName)} />,
    },
    { key: t('rules.field.summary'), value: v.summary },
    { key: t('rules.field.sourceIds'), value: <NamesOrNone names={v.sourceIds.map(sourceTitle)} /> },
    { key: t('rules.field.effectiveDate'), value: date(v.effectiveDate) },
    { key: t('rules.field.reviewDate'), value: date(v.reviewDate) },
  ]
  return (
    <VersionedRecordPage
      title={title}
      back={{ to: '/reviewer/rules', label: t('rules.title') }}
      failed={failed}
      saved={loaderData.saved}
      version={current.version}
      versions={versions}
      rowsOf={rowsOf}
      editLede={t('rules.editLede')}
    >
      <Choices
        type="radio"
        name="requirement"
        legend={t('rules.field.requirement')}
        options={choices.requirements.map((r) => ({ value: r, label: requirementName(r) }))}
        selected={[failed.value('requirement', current.requirement) ?? '']}
        error={failed.errorFor('requirement')}
      />
      <Choices
        type="checkbox"
        name="requiredDocuments"
        legend={t('rules.field.requiredDocuments')}
        options={choices.documentKinds.map((d) => ({ value: d, label: documentName(d) }))}
        selected={failed.values('requiredDocuments', current.requiredDocuments)}
        error={failed.errorFor('requiredDocuments')}
      />
      <Choices
        type="checkbox"
        name="acceptedRegistries"
        legend={t('rules.field.acceptedRegistries')}
        hint={t('rules.field.acceptedRegistriesHint')}
        options={choices.registries.map((r) => ({ value: r, label: r }))}
        selected={failed.values('acceptedRegistries', current.acceptedRegistries)}
        error={failed.errorFor('acceptedRegistries')}
      />
      <Choices
        type="checkbox"
        name="approvedTreatmentIds"
        legend={t('rules.field.approvedTreatmentIds')}
        options={choices.treatments.map((x) => ({ value: x.id, label: x.name }))}
        selected={failed.values('approvedTreatmentIds', current.approvedTreatmentIds)}
        error={failed.errorFor('approvedTreatmentIds')}
      />
      <SummaryAndSources failed={failed} current={current} sources={choices.sources} />
      <Field
        name="effectiveDate"
        label={t('rules.field.effectiveDate')}
        hint={t('rules.field.dateHint')}
        defaultValue={failed.value('effectiveDate', current.effectiveDate)}
        error={failed.errorFor('effectiveDate')}
        width="half"
        dir="ltr"
        autoComplete="off"
      />
      <Field
        name="reviewDate"
        label={t('rules.field.reviewDate')}
        hint={t('rules.field.dateHint')}
        defaultValue={failed.value('reviewDate', current.reviewDate)}
        error={failed.errorFor('reviewDate')}
        width="half"
        dir="ltr"
        autoComplete="off"
      />
    </VersionedRecordPage>
  )
}
