import { Form, Link, data, redirect } from 'react-router'
import { formatDate, formatMoney } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { currencyCodes, type CurrencyCode } from '#domain/quotes/currencies.ts'
import { toDecimalString } from '#domain/quotes/money.ts'
import { accreditors, CREDENTIAL_DOCUMENT_MAX_BYTES } from '#domain/review/credential-form.ts'
import { credentialKinds } from '#domain/review/credentials.ts'
import { pathways } from '#domain/review/offer-form.ts'
import type { ReviewStatus } from '#domain/review/review-status.ts'
import { parseProviderId } from '#domain/shared/ids.ts'
import { isPublicVerdict } from '#domain/listing/public-verdicts.ts'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { DateInput } from '#app/components/patterns/date-input.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { ReviewStatusTag } from '#app/components/review-status-tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { localeOf, requireArea } from '#app/request.server.ts'
import { clinicOnboarding, type DecisionForClinic } from '#server/use-cases/review/clinic-onboarding.ts'
import { submitCredential } from '#server/use-cases/review/submit-credential.ts'
import { submitOffer } from '#server/use-cases/review/submit-offer.ts'
import { withdrawCredential, withdrawOffer } from '#server/use-cases/review/withdraw-submission.ts'
import type { Route } from './+types/onboarding'

// A clinic's way onto Waypoint (issue 16, ADR 0053): where its application
// stands, each credential and offer with its review status and the latest
// reviewer decision, and the forms to add a credential (with its document)
// and send an offer. The listing policy's verdict is shown at once; nothing
// is public until a reviewer approves it (ADR 0052). Members only.
const doneCodes = [
  'credential',
  'credential-changed',
  'credential-withdrawn',
  'offer',
  'offer-changed',
  'offer-withdrawn',
] as const
const formOrder = [
  'credentialKind',
  'accreditor',
  'issuer',
  'reference',
  'holderName',
  'scope',
  'validFrom-day',
  'validTo-day',
  'file',
  'title',
  'treatment',
  'condition',
  'pathway',
  'protocol',
  'sessions',
  'lengthOfStayDays',
  'priceMin',
  'priceMax',
  'currency',
  'inclusions',
  'exclusions',
  'claimsText',
  'trialRegistryId',
  'chargesForInvestigationalProduct',
]

async function clinicOf(request: Request, providerIdParam: string | undefined) {
  const viewer = await requireArea(request, 'clinic')
  const providerId = parseProviderId(providerIdParam)
  if (!providerId) throw data(null, { status: 404 })
  return { viewer, providerId }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, providerId } = await clinicOf(request, params.providerId)
  const onboarding = await clinicOnboarding(await caseDeps(), viewer.id, providerId)
  if (!onboarding) throw data(null, { status: 404 })
  const url = new URL(request.url)
  const done = url.searchParams.get('done')
  // The offer to change, only if it is one of this clinic's.
  const change = url.searchParams.get('change')
  const replace = url.searchParams.get('replace')
  return {
    onboarding,
    changing: onboarding.mayEdit ? (onboarding.offers.find((o) => o.id === change)?.id ?? null) : null,
    // The credential to change, only if it is one of this clinic's.
    replacing: onboarding.mayEdit ? (onboarding.credentials.find((c) => c.id === replace)?.id ?? null) : null,
    // The item whose withdrawal is being confirmed, only if it is one of this clinic's.
    withdrawing: onboarding.mayEdit
      ? ([...onboarding.offers, ...onboarding.credentials].find(
          (i) => i.id === url.searchParams.get('withdraw'),
        )?.id ?? null)
      : null,
    // Only codes this page knows, never text from the address bar.
    done: doneCodes.find((c) => c === done) ?? null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, providerId } = await clinicOf(request, params.providerId)
  const deps = await caseDeps()
  const back = (done: (typeof doneCodes)[number]) =>
    redirect(`/clinic/onboarding/${providerId}?done=${done}`, 303)
  // A refused change stays on the change form.
  // The credential form carries a file; the offer form is a plain form.
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const added = await submitCredential(deps, viewer.id, providerId, request)
    if (!added.ok) {
      const fields = Object.fromEntries(Object.entries(added.error.fields).map(([k, v]) => [k, [v]]))
      // The browser drops the chosen file on a refused post: a problem with another field asks for
      // it again (a change may keep the document sent before, so only if a new one was chosen).
      return refuse(added.error.refusals, fields, {
        file: {
          field: 'file',
          again: fields['credential'] ? 'upload.error.chooseNewFileAgain' : 'upload.error.chooseFileAgain',
        },
      })
    }
    throw back(added.value.changed ? 'credential-changed' : 'credential')
  }
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0]
  // Withdrawing an offer or a credential (ADR 0070): one button per item, a plain form.
  if (one('intent') === 'withdraw-offer' || one('intent') === 'withdraw-credential') {
    const offerWanted = one('intent') === 'withdraw-offer'
    const id = one('item') ?? ''
    // A withdrawal takes the item off public pages and back to review: it is
    // asked first (the item's "Withdraw" link), and only a confirmed one is done.
    if (one('confirm') !== 'yes')
      throw redirect(
        `/clinic/onboarding/${providerId}?withdraw=${encodeURIComponent(id)}#withdraw-${encodeURIComponent(id)}`,
        303,
      )
    const withdrawn = offerWanted
      ? await withdrawOffer(deps, viewer.id, providerId, id)
      : await withdrawCredential(deps, viewer.id, providerId, id)
    if (!withdrawn.ok) return refuse([withdrawn.error], fields)
    throw back(offerWanted ? 'offer-withdrawn' : 'credential-withdrawn')
  }
  if (one('intent') !== 'offer') return failure(fields, [{ field: 'title', key: 'error.generic' }])
  const submitted = await submitOffer(
    deps,
    viewer.id,
    providerId,
    {
      offer: one('offer'),
      title: one('title'),
      treatment: one('treatment'),
      condition: one('condition'),
      pathway: one('pathway'),
      protocol: one('protocol'),
      sessions: one('sessions'),
      lengthOfStayDays: one('lengthOfStayDays'),
      priceMin: one('priceMin'),
      priceMax: one('priceMax'),
      currency: one('currency'),
      inclusions: one('inclusions'),
      exclusions: one('exclusions'),
      claimsText: one('claimsText'),
      trialRegistryId: one('trialRegistryId'),
      chargesForInvestigationalProduct: one('chargesForInvestigationalProduct'),
    },
    localeOf(request),
  )
  if (!submitted.ok) return refuse(submitted.error, fields)
  throw back(one('offer') ? 'offer-changed' : 'offer')
}

/**
 * Withdrawing one item, in two steps that work without JavaScript: a link
 * asks (the page shows what withdrawing does, in place), then a button posts.
 */
function Withdraw({
  intent,
  item,
  label,
  name,
  confirming,
  consequence,
}: {
  intent: string
  item: string
  label: string
  name: string
  /** This item's withdrawal is being asked about now. */
  confirming: boolean
  consequence: string
}) {
  const t = useT()
  if (!confirming)
    return (
      <p className="body">
        <Link to={`?withdraw=${encodeURIComponent(item)}#withdraw-${item}`}>
          {label}
          <span className="visually-hidden"> {name}</span>
        </Link>
      </p>
    )
  return (
    <AskFirst
      id={`withdraw-${item}`}
      headingLevel={4}
      question={t('onboarding.withdraw.question', { name })}
      fields={{ intent, item }}
      yes={t('onboarding.withdraw.yes')}
      no={t('onboarding.withdraw.cancel')}
      context={name}
    >
      <p className="body">{consequence}</p>
    </AskFirst>
  )
}

function ReviewState({
  status,
  decision,
  heldByPolicy = false,
}: {
  status: ReviewStatus
  decision: DecisionForClinic | null
  /** An offer the listing policy holds back: no reviewer can approve it until it changes. */
  heldByPolicy?: boolean
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <p className="body">
        {t('onboarding.status', { status: '' })}
        <ReviewStatusTag status={status} />
      </p>
      {status === 'pending' ? (
        <p className="body">{t(heldByPolicy ? 'onboarding.heldByPolicy' : 'onboarding.reviewing')}</p>
      ) : null}
      {status === 'withdrawn' ? <p className="body">{t('onboarding.withdrawn')}</p> : null}
      {decision ? (
        <div className="inset">
          <p className="body">
            {t(`onboarding.decision.${decision.decision}`, {
              date: formatDate(locale, new Date(decision.decidedAt)),
            })}
          </p>
          {decision.reasonCode ? <p className="body">{t(`review.reason.${decision.reasonCode}`)}</p> : null}
          {decision.note ? (
            <p className="body" dir="auto">
              {t('onboarding.decision.note', { note: decision.note })}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  )
}

type Loaded = Route.ComponentProps['loaderData']['onboarding']

function Credentials({ onboarding, withdrawing }: { onboarding: Loaded; withdrawing: string | null }) {
  const t = useT()
  const locale = useLocale()
  const day = (d: string) => formatDate(locale, new Date(`${d}T00:00:00Z`))
  return (
    <Section id="credentials" title={t('onboarding.credentials')} className="section">
      {onboarding.credentials.length === 0 ? (
        <p className="body">{t('onboarding.credentials.none')}</p>
      ) : null}
      {onboarding.credentials.map((c) => (
        <article className="offer" key={c.id} aria-labelledby={`c-${c.id}`}>
          <h3 className="heading-s" id={`c-${c.id}`}>
            {t(`review.credentialKind.${c.kind}`)}
          </h3>
          <p className="body" dir="auto">
            {t('onboarding.credential.issued', { issuer: c.issuer, reference: c.reference })}
          </p>
          {c.holderName ? (
            <p className="body" dir="auto">
              {t('onboarding.credential.holder', { name: c.holderName })}
            </p>
          ) : null}
          {c.validFrom && c.validTo ? (
            <p className="body">
              {t('onboarding.credential.validity', { from: day(c.validFrom), to: day(c.validTo) })}
            </p>
          ) : c.validTo ? (
            <p className="body">{t('onboarding.credential.validUntil', { to: day(c.validTo) })}</p>
          ) : null}
          {c.documentName ? (
            <p className="body" dir="auto">
              {t('onboarding.credential.document', { name: c.documentName })}
            </p>
          ) : null}
          <ReviewState status={c.reviewStatus} decision={c.decision} />
          {onboarding.mayEdit ? (
            <p className="body">
              <Link to={`?replace=${c.id}#credential-form`}>
                {t('onboarding.credential.change')}
                <span className="visually-hidden">
                  {' '}
                  {t(`review.credentialKind.${c.kind}`)} {c.reference}
                </span>
              </Link>
            </p>
          ) : null}
          {onboarding.mayEdit && c.reviewStatus !== 'withdrawn' ? (
            <Withdraw
              intent="withdraw-credential"
              item={c.id}
              label={t('onboarding.credential.withdraw')}
              name={`${t(`review.credentialKind.${c.kind}`)} ${c.reference}`}
              confirming={withdrawing === c.id}
              consequence={t('onboarding.withdraw.credentialConsequence')}
            />
          ) : null}
        </article>
      ))}
    </Section>
  )
}

function Offers({ onboarding, withdrawing }: { onboarding: Loaded; withdrawing: string | null }) {
  const t = useT()
  const locale = useLocale()
  return (
    <Section id="offers" title={t('onboarding.offers')} className="section">
      {onboarding.offers.length === 0 ? <p className="body">{t('onboarding.offers.none')}</p> : null}
      {onboarding.offers.map((o) => (
        <article className="offer" key={o.id} aria-labelledby={`o-${o.id}`} id={`offer-${o.id}`}>
          <h3 className="heading-s" id={`o-${o.id}`} dir="auto">
            {o.title}
          </h3>
          <p className="body">
            {t(`onboarding.offer.pathway.${o.pathway as 'standard-care'}`)}
            {o.priceMinMinor !== null && o.priceMaxMinor !== null && o.currency
              ? ` · ${formatMoney(locale, o.priceMinMinor, o.currency)} – ${formatMoney(locale, o.priceMaxMinor, o.currency)}`
              : ''}
          </p>
          <p className="body">
            {t('onboarding.offer.verdict', { verdict: '' })}
            <Tag tone={o.verdict === 'blocked' ? 'red' : isPublicVerdict(o.verdict) ? 'green' : 'yellow'}>
              {t(`clinic.verdict.${o.verdict}` as MessageKey)}
            </Tag>
          </p>
          <PolicyReasons reasons={o.verdictReasons} title={t('onboarding.offer.reasons')} />
          <ReviewState
            status={o.reviewStatus}
            decision={o.decision}
            heldByPolicy={!isPublicVerdict(o.verdict)}
          />
          {onboarding.mayEdit ? (
            <p className="body">
              <Link to={`?change=${o.id}#offer-form`}>
                {t('onboarding.offer.change')}
                <span className="visually-hidden"> {o.title}</span>
              </Link>
            </p>
          ) : null}
          {onboarding.mayEdit && o.reviewStatus !== 'withdrawn' ? (
            <Withdraw
              intent="withdraw-offer"
              item={o.id}
              label={t('onboarding.offer.withdraw')}
              name={o.title}
              confirming={withdrawing === o.id}
              consequence={t('onboarding.withdraw.offerConsequence')}
            />
          ) : null}
        </article>
      ))}
    </Section>
  )
}

type CredentialRow = Loaded['credentials'][number]

/** What the form shows for a credential being changed, as the clinic would type it. */
function typedCredential(c: CredentialRow | null): Record<string, string[]> {
  if (!c) return {}
  const known = c.kind === 'accreditation' && (c.issuer === 'JCI' || c.issuer === 'NABH')
  // Dates are kept as YYYY-MM-DD; the boxes take the day and month without a leading zero.
  const parts = (prefix: string, date: string) => {
    const [year, month, day] = date.split('-')
    return {
      [`${prefix}-day`]: [String(Number(day))],
      [`${prefix}-month`]: [String(Number(month))],
      [`${prefix}-year`]: [year!],
    }
  }
  return {
    credentialKind: [c.kind],
    accreditor: c.kind === 'accreditation' ? [known ? c.issuer : 'other'] : [],
    issuer: [known || c.kind === 'trial-registration' ? '' : c.issuer],
    reference: [c.reference],
    holderName: [c.holderName ?? ''],
    scope: [c.scope ?? ''],
    ...(c.validFrom ? parts('validFrom', c.validFrom) : {}),
    ...(c.validTo ? parts('validTo', c.validTo) : {}),
  }
}

function CredentialForm({
  failed,
  replacing,
}: {
  failed: ReturnType<typeof useFailure>
  replacing: CredentialRow | null
}) {
  const t = useT()
  // After a refusal, what was typed; else the credential being changed; else nothing.
  const entered = failed.entered ?? typedCredential(replacing)
  const credentialId = entered['credential']?.[0] ?? replacing?.id ?? null
  const value = (name: string) => entered[name]?.[0]
  return (
    <form method="post" encType="multipart/form-data" noValidate aria-labelledby="credential-form">
      <h2 className="heading-m" id="credential-form">
        {t(credentialId ? 'onboarding.credential.changeHeading' : 'onboarding.credential.add')}
      </h2>
      {credentialId ? (
        <>
          <p className="body">{t('onboarding.credential.change.lede')}</p>
          <input type="hidden" name="credential" value={credentialId} />
        </>
      ) : null}
      <Choices
        type="radio"
        name="credentialKind"
        legend={t('onboarding.credential.kind')}
        options={credentialKinds.map((k) => ({ value: k, label: t(`review.credentialKind.${k}`) }))}
        selected={entered['credentialKind'] ?? []}
        error={failed.errorFor('credentialKind')}
      />
      <Choices
        type="radio"
        name="accreditor"
        legend={t('onboarding.credential.accreditor')}
        hint={t('onboarding.credential.accreditor.hint')}
        options={accreditors.map((a) => ({ value: a, label: t(`onboarding.credential.accreditor.${a}`) }))}
        selected={entered['accreditor'] ?? []}
        error={failed.errorFor('accreditor')}
      />
      <Field
        name="issuer"
        label={t('onboarding.credential.issuer')}
        hint={t('onboarding.credential.issuer.hint')}
        error={failed.errorFor('issuer')}
        defaultValue={value('issuer')}
        autoComplete="off"
      />
      <Field
        name="reference"
        label={t('onboarding.credential.reference')}
        hint={t('onboarding.credential.reference.hint')}
        error={failed.errorFor('reference')}
        defaultValue={value('reference')}
        autoComplete="off"
        dir="ltr"
      />
      <Field
        name="holderName"
        label={t('onboarding.credential.holderName')}
        hint={t('onboarding.credential.holderName.hint')}
        error={failed.errorFor('holderName')}
        defaultValue={value('holderName')}
        autoComplete="off"
      />
      <Field
        name="scope"
        label={t('onboarding.credential.scope')}
        optional
        error={failed.errorFor('scope')}
        defaultValue={value('scope')}
        autoComplete="off"
      />
      <DateInput
        prefix="validFrom-"
        legend={t('onboarding.credential.validFrom')}
        hint={t('onboarding.credential.dates.hint')}
        error={failed.errorFor('validFrom-day')}
        values={entered}
      />
      <DateInput
        prefix="validTo-"
        legend={t('onboarding.credential.validTo')}
        hint={t('onboarding.credential.dates.hint')}
        error={failed.errorFor('validTo-day')}
        values={entered}
      />
      {/* Last: the server checks the fields above before it stores a byte of the file. */}
      <div className={`form-group${failed.errorFor('file') ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="file">
          {t('onboarding.credential.file')}
        </label>
        <div className="hint" id="file-hint">
          {t('onboarding.credential.file.hint', { max: CREDENTIAL_DOCUMENT_MAX_BYTES / (1024 * 1024) })}
          {credentialId ? ` ${t('onboarding.credential.file.keep')}` : ''}
        </div>
        {failed.errorFor('file') ? (
          <p className="error-message" id="file-error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {failed.errorFor('file')}
          </p>
        ) : null}
        <input
          className="file-upload"
          id="file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={failed.errorFor('file') ? 'file-hint file-error' : 'file-hint'}
        />
      </div>
      <Button>
        {t(credentialId ? 'onboarding.credential.changeSubmit' : 'onboarding.credential.submit')}
      </Button>
    </form>
  )
}

type OfferRow = Loaded['offers'][number]

/** What the form shows for an offer being changed, as the clinic would type it. */
function typedOffer(o: OfferRow | null): Record<string, string> {
  if (!o) return {}
  const price = (minor: number | null) =>
    minor === null || !o.currency ? '' : toDecimalString({ minor, currency: o.currency as CurrencyCode })
  const registryId = (o.trial as { registryId?: unknown } | null)?.registryId
  return {
    title: o.title,
    treatment: o.treatmentId,
    condition: o.conditionId,
    pathway: o.pathway,
    protocol: o.protocol ?? '',
    sessions: o.sessions === null ? '' : String(o.sessions),
    lengthOfStayDays: o.lengthOfStayDays === null ? '' : String(o.lengthOfStayDays),
    priceMin: price(o.priceMinMinor),
    priceMax: price(o.priceMaxMinor),
    currency: o.currency ?? '',
    inclusions: o.inclusions.join('\n'),
    exclusions: o.exclusions.join('\n'),
    claimsText: o.claimsText,
    trialRegistryId: typeof registryId === 'string' ? registryId : '',
    chargesForInvestigationalProduct: o.chargesForInvestigationalProduct ? 'yes' : 'no',
  }
}

function OfferForm({
  failed,
  onboarding,
  changing,
}: {
  failed: ReturnType<typeof useFailure>
  onboarding: Loaded
  changing: OfferRow | null
}) {
  const t = useT()
  const current = typedOffer(changing)
  // After a refusal, what was typed; else the offer being changed; else nothing.
  const value = (name: string) => failed.value(name, current[name] ?? null)
  const chosen = (name: string) => failed.values(name, current[name] ? [current[name]] : [])
  const offerId = failed.value('offer', changing?.id ?? null)
  const yesNo = [
    { value: 'yes', label: t('onboarding.yes') },
    { value: 'no', label: t('onboarding.no') },
  ]
  const text = (name: string, label: MessageKey, hint?: MessageKey, optional = false) => (
    <Field
      name={name}
      label={t(label)}
      hint={hint ? t(hint) : undefined}
      optional={optional}
      error={failed.errorFor(name)}
      defaultValue={value(name)}
      autoComplete="off"
    />
  )
  return (
    <Form method="post" noValidate aria-labelledby="offer-form">
      <h2 className="heading-m" id="offer-form">
        {t(offerId ? 'onboarding.offer.changeHeading' : 'onboarding.offer.add')}
      </h2>
      <p className="body">{t(offerId ? 'onboarding.offer.change.lede' : 'onboarding.offer.add.lede')}</p>
      <input type="hidden" name="intent" value="offer" />
      {offerId ? <input type="hidden" name="offer" value={offerId} /> : null}
      {text('title', 'onboarding.offer.title')}
      <SelectField
        name="treatment"
        label={t('onboarding.offer.treatment')}
        options={onboarding.choices.treatments.map((c) => ({ value: c.id, label: c.name }))}
        value={value('treatment') ?? null}
        anyLabel={t('apply.choose')}
        error={failed.errorFor('treatment')}
      />
      <SelectField
        name="condition"
        label={t('onboarding.offer.condition')}
        options={onboarding.choices.conditions.map((c) => ({ value: c.id, label: c.name }))}
        value={value('condition') ?? null}
        anyLabel={t('apply.choose')}
        error={failed.errorFor('condition')}
      />
      <Choices
        type="radio"
        name="pathway"
        legend={t('onboarding.offer.pathway')}
        options={pathways.map((p) => ({ value: p, label: t(`onboarding.offer.pathway.${p}`) }))}
        selected={chosen('pathway')}
        error={failed.errorFor('pathway')}
      />
      <TextareaField
        name="protocol"
        label={t('onboarding.offer.protocol')}
        hint={t('onboarding.offer.protocol.hint')}
        error={failed.errorFor('protocol')}
        defaultValue={value('protocol')}
        rows={4}
      />
      {text('sessions', 'onboarding.offer.sessions', undefined, true)}
      {text('lengthOfStayDays', 'onboarding.offer.lengthOfStayDays', undefined, true)}
      {text('priceMin', 'onboarding.offer.priceMin', 'onboarding.offer.price.hint', true)}
      {text('priceMax', 'onboarding.offer.priceMax', undefined, true)}
      <SelectField
        name="currency"
        label={t('onboarding.offer.currency')}
        options={currencyCodes.map((c) => ({ value: c, label: c }))}
        value={value('currency') ?? null}
        anyLabel={t('apply.choose')}
        error={failed.errorFor('currency')}
      />
      <TextareaField
        name="inclusions"
        label={t('onboarding.offer.inclusions')}
        hint={t('onboarding.offer.lines.hint')}
        error={failed.errorFor('inclusions')}
        defaultValue={value('inclusions')}
        rows={4}
      />
      <TextareaField
        name="exclusions"
        label={t('onboarding.offer.exclusions')}
        hint={t('onboarding.offer.lines.hint')}
        error={failed.errorFor('exclusions')}
        defaultValue={value('exclusions')}
        rows={4}
      />
      <TextareaField
        name="claimsText"
        label={t('onboarding.offer.claimsText')}
        hint={t('onboarding.offer.claimsText.hint')}
        error={failed.errorFor('claimsText')}
        defaultValue={value('claimsText')}
        rows={4}
      />
      {text('trialRegistryId', 'onboarding.offer.trialRegistryId', 'onboarding.offer.trialRegistryId.hint')}
      <Choices
        type="radio"
        name="chargesForInvestigationalProduct"
        legend={t('onboarding.offer.charges')}
        hint={t('onboarding.offer.charges.hint')}
        options={yesNo}
        selected={chosen('chargesForInvestigationalProduct')}
        error={failed.errorFor('chargesForInvestigationalProduct')}
      />
      <Button>{t(offerId ? 'onboarding.offer.changeSubmit' : 'onboarding.offer.submit')}</Button>
    </Form>
  )
}

export default function ClinicOnboarding({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, formOrder)
  const { onboarding, done } = loaderData
  const changing = onboarding.offers.find((o) => o.id === loaderData.changing) ?? null
  const replacing = onboarding.credentials.find((c) => c.id === loaderData.replacing) ?? null
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('onboarding.title')}
          back={{ to: '/clinic', label: t('clinic.title') }}
          failure={failed}
          lede={t('onboarding.lede', { clinic: onboarding.clinic.name })}
        />
        {/* A refused post stays on the same address: the last success is no longer news. */}
        {done && !failed.failed ? <NotificationBanner title={t(`onboarding.done.${done}`)} /> : null}
        <Section id="application" title={t('onboarding.status.title')} className="section">
          <p className="body">{t(`onboarding.status.${onboarding.clinic.reviewStatus}`)}</p>
          {onboarding.clinic.decision ? (
            <ReviewState status={onboarding.clinic.reviewStatus} decision={onboarding.clinic.decision} />
          ) : null}
        </Section>
        <Credentials onboarding={onboarding} withdrawing={loaderData.withdrawing} />
        <Offers onboarding={onboarding} withdrawing={loaderData.withdrawing} />
        {onboarding.mayEdit ? (
          <>
            {/* Keyed on what they change: following "Change this offer" (a client
                navigation to the same page) mounts a fresh form, since radios and
                boxes take their checked state only when they mount. */}
            <CredentialForm key={replacing?.id ?? 'new'} failed={failed} replacing={replacing} />
            <OfferForm
              key={changing?.id ?? 'new'}
              failed={failed}
              onboarding={onboarding}
              changing={changing}
            />
          </>
        ) : (
          <p className="body">{t('onboarding.readOnly')}</p>
        )}
      </div>
    </>
  )
}
