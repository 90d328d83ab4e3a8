import { Form, Link, data, redirect } from 'react-router'
import { z } from 'zod'
import { displayName, formatDate, formatDateTime, formatList, formatMoney } from '#domain/i18n/format.ts'
import { treatmentClasses, type TreatmentClass } from '#domain/listing/types.ts'
import { isPublicVerdict } from '#domain/listing/public-verdicts.ts'
import { verificationMethods } from '#domain/review/credentials.ts'
import { queueOf, parseReviewSubject } from '#domain/review/review-queues.ts'
import { reviewDecisions, reviewReasonCodes } from '#domain/review/review-status.ts'
import { parseProviderId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { RegistryTrial } from '#app/components/registry-trial.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { SummaryList, type SummaryRow } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { requireArea } from '#app/request.server.ts'
import { decideReviewItem } from '#server/use-cases/review/decide-review-item.ts'
import { openReviewItem, type ReviewItemView } from '#server/use-cases/review/review-item.ts'
import type { Route } from './+types/item'

// One submitted item for a reviewer (issue 16, ADR 0054): its details, the
// clinic's documents, the policy's verdict and reasons, every decision so far
// and the decision form. A plain form: it works without JavaScript.
const decisionSchema = z.object({
  decision: z.enum(reviewDecisions, { error: 'review.error.decision' }),
  reasonCode: z.enum(reviewReasonCodes, { error: 'review.error.reason' }).optional(),
  note: z.string().max(2000, { error: 'review.error.noteTooLong' }).optional(),
  evidence: z.string().max(500, { error: 'review.error.evidenceTooLong' }).optional(),
  verificationMethod: z.enum(verificationMethods, { error: 'review.error.method' }).optional(),
  seen: z.coerce.number({ error: 'review.error.stale' }).int().min(0, { error: 'review.error.stale' }),
})

const isTreatmentClass = (value: string): value is TreatmentClass =>
  (treatmentClasses as readonly string[]).includes(value)

const fieldOrder = ['decision', 'reasonCode', 'note', 'evidence', 'verificationMethod']

async function itemOf(request: Request, params: Route.LoaderArgs['params']) {
  const viewer = await requireArea(request, 'reviewer')
  const subject = parseReviewSubject(params.subject)
  // Clinic, credential and offer ids are all slugs or uuids.
  const id = parseProviderId(params.itemId)
  if (!subject || !id) throw data(null, { status: 404 })
  return { viewer, subject, id: id as string }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, subject, id } = await itemOf(request, params)
  const item = await openReviewItem(
    await caseDeps(),
    viewer,
    subject,
    id,
    request.headers.get('x-request-id'),
  )
  if (!item) throw data(null, { status: 404 })
  return { item, done: new URL(request.url).searchParams.get('done') === '1' }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, subject, id } = await itemOf(request, params)
  const form = await readForm(request)
  const parsed = parseForm(form, decisionSchema)
  if (!parsed.ok) return parsed.response
  const input = parsed.value
  const decided = await decideReviewItem(
    await caseDeps(),
    viewer,
    { subject, id },
    {
      decision: input.decision,
      reasonCode: input.reasonCode ?? null,
      note: input.note ?? '',
      evidence: input.evidence ?? '',
      verificationMethod: subject === 'credential' ? (input.verificationMethod ?? null) : null,
      seenDecisions: input.seen,
    },
    request.headers.get('x-request-id'),
  )
  if (!decided.ok) return refuse(decided.error, parsed.fields)
  throw redirect(`/reviewer/items/${subject}/${id}?done=1`, 303)
}

function useDetails(item: ReviewItemView): SummaryRow[] {
  const t = useT()
  const locale = useLocale()
  const given = (value: string | null | undefined) => (value ? value : t('reviewer.notGiven'))
  const date = (iso: string | null) => (iso ? formatDate(locale, new Date(iso)) : t('reviewer.notGiven'))
  const yesNo = (value: boolean) => t(value ? 'provider.yes' : 'provider.no')
  const d = item.details
  const clinic: SummaryRow[] = [
    { key: t('reviewer.field.status'), value: t(`review.status.${item.status}`) },
    {
      key: t('reviewer.field.clinicStatus'),
      value: `${item.clinic.name}: ${t(`review.status.${item.clinic.status}`)}`,
    },
  ]
  switch (d.subject) {
    case 'provider':
      return [
        clinic[0]!,
        {
          key: t('reviewer.field.place'),
          value: `${item.clinic.city}, ${displayName(locale, 'region', d.countryCode)}`,
        },
        { key: t('reviewer.field.address'), value: given(d.address) },
        { key: t('reviewer.field.registration'), value: given(d.registrationNumber) },
        {
          key: t('reviewer.field.contact'),
          value: (
            <span dir="ltr">
              {formatList(
                locale,
                [d.contactEmail, d.contactPhone].filter((v) => v !== null),
              ) || t('reviewer.notGiven')}
            </span>
          ),
        },
        {
          key: t('reviewer.field.languages'),
          value: formatList(
            locale,
            d.languages.map((l) => displayName(locale, 'language', l)),
          ),
        },
        { key: t('reviewer.field.internationalDesk'), value: yesNo(d.internationalDesk) },
        { key: t('reviewer.field.summary'), value: d.summary },
      ]
    case 'credential':
      return [
        ...clinic,
        { key: t('reviewer.field.kind'), value: t(`review.credentialKind.${d.kind as 'accreditation'}`) },
        { key: t('reviewer.field.issuer'), value: d.issuer },
        { key: t('reviewer.field.reference'), value: <span dir="ltr">{d.reference}</span> },
        { key: t('reviewer.field.scope'), value: given(d.scope) },
        ...(d.holderName ? [{ key: t('reviewer.field.holder'), value: d.holderName }] : []),
        {
          key: t('reviewer.field.validity'),
          value: t('reviewer.field.validity.value', { from: date(d.validFrom), to: date(d.validTo) }),
        },
        {
          key: t('reviewer.field.verified'),
          value:
            d.verificationMethod && d.verifiedAt
              ? t('reviewer.field.verified.value', {
                  method: t(`review.method.${d.verificationMethod as 'document-checked'}`),
                  date: date(d.verifiedAt),
                })
              : t('reviewer.notGiven'),
        },
      ]
    case 'offer':
      return [
        ...clinic,
        { key: t('reviewer.field.treatment'), value: d.treatment },
        {
          key: t('reviewer.field.treatmentClass'),
          value: isTreatmentClass(d.treatmentClass)
            ? t(`reviewer.class.${d.treatmentClass}`)
            : d.treatmentClass,
        },
        { key: t('reviewer.field.condition'), value: d.condition },
        {
          key: t('reviewer.field.pathway'),
          value: t(`onboarding.offer.pathway.${d.pathway as 'standard-care'}`),
        },
        { key: t('reviewer.field.trial'), value: <span dir="ltr">{given(d.trialRegistryId)}</span> },
        { key: t('reviewer.field.protocol'), value: given(d.protocol) },
        { key: t('reviewer.field.claims'), value: given(d.claimsText) },
        { key: t('reviewer.field.inclusions'), value: given(formatList(locale, d.inclusions)) },
        { key: t('reviewer.field.exclusions'), value: given(formatList(locale, d.exclusions)) },
        {
          key: t('reviewer.field.price'),
          value: d.price
            ? `${formatMoney(locale, d.price.min, d.price.currency)} – ${formatMoney(locale, d.price.max, d.price.currency)}`
            : t('reviewer.notGiven'),
        },
        { key: t('reviewer.field.charges'), value: yesNo(d.chargesForInvestigationalProduct) },
      ]
  }
}

export default function ReviewItemPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, fieldOrder)
  const { item } = loaderData
  const details = useDetails(item)
  const subjectName = t(`reviewer.subject.${item.subject}`)
  const queue = queueOf(item.subject, false)
  const decidable = item.status === 'pending' && !item.viewerIsStaff
  const heldByPolicy = item.subject === 'offer' && item.verdict !== null && !isPublicVerdict(item.verdict)
  type Decision = (typeof item.history)[number]
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={item.label}
          caption={t('reviewer.item.caption', { subject: subjectName, clinic: item.clinic.name })}
          back={{ to: `/reviewer/queues/${queue}`, label: t(`reviewer.queue.${queue}`) }}
          failure={failed}
        />
        {loaderData.done && !failed.failed ? <NotificationBanner title={t('reviewer.done')} /> : null}
        <Section id="details" title={t('reviewer.item.details')}>
          <SummaryList rows={details} />
        </Section>
        {item.subject === 'offer' ? (
          <Section id="policy" title={t('reviewer.item.policy')}>
            <p className="body">
              <Tag
                tone={item.verdict === 'listable' ? 'green' : item.verdict === 'blocked' ? 'red' : 'yellow'}
              >
                {t('reviewer.item.verdict', { verdict: t(`reviewer.verdict.${item.verdict as 'blocked'}`) })}
              </Tag>
            </p>
            {item.reasons.length === 0 ? <p className="body">{t('reviewer.item.noReasons')}</p> : null}
            <PolicyReasons reasons={item.reasons} title={t('reviewer.reasons')} level={3} />
            {item.cellBased ? (
              <p className="body">
                {t('reviewer.item.cellBased', { count: item.approvals, needed: item.needed })}
              </p>
            ) : null}
            {item.registryTrial && item.details.subject === 'offer' ? (
              <RegistryTrial trial={item.registryTrial} conditionName={item.details.condition} level={3} />
            ) : null}
          </Section>
        ) : null}
        <Section id="documents" title={t('reviewer.item.documents')}>
          {item.documents.length === 0 ? (
            <p className="body">{t('reviewer.item.noDocuments')}</p>
          ) : (
            <ul className="actions-list">
              {item.documents.map((d) => (
                <li key={d.id}>
                  {/* A download, not a page: reloadDocument skips client routing. */}
                  <Link to={`/reviewer/documents/${d.id}`} reloadDocument>
                    {t('reviewer.item.download', { name: d.fileName })}
                  </Link>{' '}
                  <span className="hint">
                    {[
                      d.own ? t('reviewer.item.ownDocument') : null,
                      d.sizeBytes !== null
                        ? t('reviewer.item.size', { size: Math.ceil(d.sizeBytes / 1024) })
                        : null,
                    ]
                      .filter((v) => v !== null)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section id="history" title={t('reviewer.item.history')}>
        <Table<Decision>
          caption={t('reviewer.item.history')}
          rows={item.history}
          empty={t('reviewer.item.noHistory')}
          columns={[
            {
              header: t('reviewer.col.decision'),
              rowHeader: true,
              cell: (h) => t(`reviewer.decision.${h.decision}`),
            },
            { header: t('reviewer.col.by'), cell: (h) => h.reviewerName },
            { header: t('reviewer.col.when'), cell: (h) => formatDateTime(locale, new Date(h.decidedAt)) },
            {
              header: t('reviewer.col.reason'),
              cell: (h) => (h.reasonCode ? t(`review.reason.${h.reasonCode as 'other'}`) : ''),
            },
            { header: t('reviewer.col.note'), cell: (h) => h.note ?? '' },
            {
              header: t('reviewer.col.evidence'),
              cell: (h) =>
                [h.method ? t(`review.method.${h.method}`) : null, h.text || null]
                  .filter((v) => v !== null)
                  .join(': '),
            },
          ]}
        />
      </Section>
      <div className="two-thirds">
        <Section id="decide" title={t('reviewer.form.title')}>
          {item.viewerIsStaff ? <p className="body">{t('reviewer.form.ownClinic')}</p> : null}
          {!item.viewerIsStaff && item.status !== 'pending' ? (
            <p className="body">{t('reviewer.form.notPending')}</p>
          ) : null}
          {item.viewerApproved ? <p className="body">{t('reviewer.form.youApproved')}</p> : null}
          {decidable ? (
            <Form method="post" noValidate>
              <input type="hidden" name="seen" value={item.seenDecisions} />
              <Choices
                type="radio"
                name="decision"
                legend={t('reviewer.form.decision')}
                hint={heldByPolicy ? t('reviewer.form.heldByPolicy') : undefined}
                // The policy holds the offer back: approving would be refused (review.policy-blocked).
                options={reviewDecisions
                  .filter((d) => !(heldByPolicy && d === 'approve'))
                  .map((d) => ({ value: d, label: t(`reviewer.decision.${d}`) }))}
                selected={failed.values('decision')}
                error={failed.errorFor('decision')}
              />
              {item.subject === 'credential' ? (
                <Choices
                  type="radio"
                  name="verificationMethod"
                  legend={t('reviewer.form.method')}
                  hint={t('reviewer.form.methodHint')}
                  options={verificationMethods.map((m) => ({ value: m, label: t(`review.method.${m}`) }))}
                  selected={failed.values('verificationMethod')}
                  error={failed.errorFor('verificationMethod')}
                />
              ) : null}
              <SelectField
                name="reasonCode"
                label={t('reviewer.form.reason')}
                hint={t('reviewer.form.reasonHint')}
                anyLabel={t('reviewer.form.noReason')}
                options={reviewReasonCodes.map((r) => ({ value: r, label: t(`review.reason.${r}`) }))}
                value={failed.value('reasonCode') ?? null}
                error={failed.errorFor('reasonCode')}
              />
              <TextareaField
                name="note"
                label={t('reviewer.form.note')}
                hint={t('reviewer.form.noteHint')}
                defaultValue={failed.value('note')}
                error={failed.errorFor('note')}
                rows={4}
              />
              <Field
                name="evidence"
                label={t('reviewer.form.evidence')}
                hint={t('reviewer.form.evidenceHint')}
                defaultValue={failed.value('evidence')}
                error={failed.errorFor('evidence')}
                autoComplete="off"
              />
              <Button>{t('reviewer.form.submit')}</Button>
            </Form>
          ) : null}
        </Section>
      </div>
    </>
  )
}
