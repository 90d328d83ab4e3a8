import { courseTakesPlanChange } from '#domain/treatment/treatment-course.ts'
import { Form, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { MAX_QUOTE_LINES } from '#domain/quotes/check-quote.ts'
import { currencyCodes, currencyLabel } from '#domain/quotes/currencies.ts'
import { clinicCategories } from '#domain/quotes/quote-categories.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatList } from '#domain/i18n/format.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { fieldsOfQuote, formFieldOf, readPlanForm, rowsOf } from '#app/forms/plan-form.ts'
import { localeOf } from '#app/request.server.ts'
import type { Route } from './+types/referral-plan'

// A treating doctor writes the plan and its itemised quote and sends them
// (propose-plan). Line rows are a fixed number, and "Add a line" posts the
// form back with one more row and everything typed kept, so it works
// without JavaScript. The checks are the domain's; this page only lays out
// the form and puts each problem on its field.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const referral = await handle.referral()
  const locale = localeOf(request)
  // Named in the reader's language here, so the page hydrates with the same words.
  const currencies = {
    options: currencyCodes.map((code) => ({ value: code, label: currencyLabel(locale, code) })),
    // A family compares a quote in its own currency only from these (issue 15): say so before the clinic chooses.
    rated: await handle.ratedCurrencies(),
  }
  // `?revise=1`: a changed plan after arrival, through the same form, filled
  // with the plan and quote in force (ADR 0069).
  if (new URL(request.url).searchParams.get('revise') === '1') {
    const course = await handle.treatment()
    const current = await handle.quote()
    const revisions = await handle.planRevisions()
    return {
      caseId: handle.case.id,
      providerId: handle.providerId,
      reference: handle.case.reference,
      version: referral?.version ?? 0,
      revise: true,
      currencies,
      noPlan:
        course && courseTakesPlanChange(course) && !revisions?.pending && current
          ? null
          : ('not-now' as const),
      filled: current ? fieldsOfQuote(current, locale) : null,
    }
  }
  // A new plan and quote in place of one already sent starts from that one,
  // so fixing a line or the validity does not mean typing everything again.
  const sent = await handle.quote()
  return {
    caseId: handle.case.id,
    providerId: handle.providerId,
    reference: handle.case.reference,
    version: referral?.version ?? 0,
    revise: false,
    currencies,
    // Said before the form, not after a whole plan was typed.
    noPlan: await handle.whyNoPlan(referral?.status ?? null),
    filled: sent ? fieldsOfQuote(sent, locale) : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const fields = await readFields(request)
  if (fields['intent']?.[0] === 'add-line') return { added: true as const, values: fields }
  const { input, rowOfLine } = readPlanForm(fields)
  const version = Number(fields['version']?.[0])
  const revise = fields['revise']?.[0] === '1'
  const done = revise
    ? await handle.revisePlan(input, localeOf(request))
    : await handle.proposePlan(input, localeOf(request), Number.isSafeInteger(version) ? version : -1)
  if (!done.ok) {
    if (done.error.code !== 'plan.problems') return refuse(done.error, fields)
    // A problem found on the nth line typed belongs to that line's row on the form.
    const problems = done.error.problems.map((p) => ({
      ...p,
      field: formFieldOf(p.field, rowOfLine),
      ...('line' in p ? { line: rowOfLine[p.line] ?? p.line } : {}),
    }))
    return refuse(problems, fields)
  }
  const provider = encodeURIComponent(handle.providerId)
  if ('kind' in done.value)
    throw redirect(
      `/clinic/referrals/${handle.case.id}/treatment?provider=${provider}&saved=${done.value.kind === 'confirmed' ? 'confirmed' : 'revised'}#top`,
      303,
    )
  throw redirect(`/clinic/referrals/${handle.case.id}?provider=${provider}&moved=${done.value.status}`, 303)
}

const planFields = [
  'protocol',
  'schedule',
  'sessions',
  'lengthOfStayDays',
  'pretreatmentTests',
  'aftercare',
] as const
const lineFields = ['category', 'description', 'quantity', 'unitPrice'] as const

export default function ReferralPlan({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const adding = !!actionData && 'added' in actionData
  const typed = actionData?.values ?? d.filled
  const rows = rowsOf(typed, adding)
  const order = [
    'form',
    'doctor',
    ...planFields,
    'currency',
    'validUntil',
    'lines',
    ...Array.from({ length: rows }, (_, i) => lineFields.map((f) => `lines.${i}.${f}`)).flat(),
    'inclusions',
    'exclusions',
    'confirmPrice',
    'command',
  ]
  const failed = useFailure(actionData, order)
  const value = (name: string) => typed?.[name]?.[0]
  return (
    <div>
      <PageHeader
        title={t(d.revise ? 'plan.revise.title' : 'plan.title', { reference: d.reference })}
        back={`/clinic/referrals/${d.caseId}${d.revise ? '/treatment' : ''}?provider=${encodeURIComponent(d.providerId)}`}
        failure={failed}
      />
      {d.noPlan ? (
        <p className="body two-thirds">
          {t(d.revise ? 'plan.revise.notNow' : (`plan.noPlan.${d.noPlan}` as const))}
        </p>
      ) : (
        <Form method="post" noValidate>
          {/* Enter in a field presses a form's first button, which would be "Add a line" (or, moved,
              an early "Send"). A disabled first button makes Enter do nothing: a plan goes to the
              family only from its own button. */}
          <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
          <input type="hidden" name="version" value={d.version} />
          <input type="hidden" name="rows" value={rows} />
          {d.revise ? <input type="hidden" name="revise" value="1" /> : null}
          <p className="body two-thirds" id="form" tabIndex={-1}>
            {t(d.revise ? 'plan.revise.lede' : 'plan.lede')}
          </p>
          <p className="hint" id="doctor" tabIndex={-1}>
            {t('plan.signing')}
          </p>
          <h2 className="heading-m">{t('plan.section.plan')}</h2>
          <div className="two-thirds">
            {planFields.map((name) =>
              name === 'sessions' || name === 'lengthOfStayDays' ? (
                <Field
                  key={name}
                  name={name}
                  label={t(`plan.field.${name}` as MessageKey)}
                  inputMode="numeric"
                  width="half"
                  error={failed.errorFor(name)}
                  defaultValue={value(name)}
                />
              ) : (
                <TextareaField
                  key={name}
                  name={name}
                  label={t(`plan.field.${name}` as MessageKey)}
                  hint={name === 'pretreatmentTests' ? t('plan.hint.pretreatmentTests') : undefined}
                  error={failed.errorFor(name)}
                  defaultValue={value(name)}
                  rows={4}
                />
              ),
            )}
          </div>
          <h2 className="heading-m">{t('plan.section.quote')}</h2>
          <div className="two-thirds">
            <SelectField
              name="currency"
              label={t('plan.field.currency')}
              options={d.currencies.options}
              hint={[
                ...(d.currencies.rated.length > 0
                  ? [t('plan.hint.currency', { rated: formatList(locale, d.currencies.rated) })]
                  : []),
                // Filled from a quote already sent: a new currency converts nothing below.
                ...(d.filled
                  ? [t('plan.hint.currencyKept', { currency: d.filled['currency']?.[0] ?? '' })]
                  : []),
              ].join(' ')}
              value={value('currency') ?? null}
              anyLabel={t('plan.field.currencyChoose')}
              error={failed.errorFor('currency')}
              width="half"
            />
            <Field
              name="validUntil"
              label={t('plan.field.validUntil')}
              hint={t('plan.hint.validUntil')}
              width="half"
              dir="ltr"
              error={failed.errorFor('validUntil')}
              defaultValue={value('validUntil')}
            />
          </div>
          <h3 className="heading-s" id="lines" tabIndex={-1}>
            {t('plan.lines.title')}
          </h3>
          <p className="hint">{t('plan.lines.hint')}</p>
          {failed.errorFor('lines') ? <p className="error-message">{failed.errorFor('lines')}</p> : null}
          {Array.from({ length: rows }, (_, i) => (
            <fieldset className="fieldset" key={i} data-testid={`line-${i}`}>
              {/* After "Add a line", focus goes to the new line rather than the page's heading. */}
              <legend
                className="heading-s"
                {...(adding && i === rows - 1 ? { tabIndex: -1, 'data-navigation-focus': '' } : {})}
              >
                {t('plan.lines.row', { line: i + 1 })}
              </legend>
              <SelectField
                name={`lines.${i}.category`}
                label={t('plan.field.category')}
                options={clinicCategories.map((c) => ({
                  value: c,
                  label: t(`quote.category.${c}` as MessageKey),
                }))}
                value={value(`lines.${i}.category`) ?? null}
                anyLabel={t('plan.field.categoryChoose')}
                error={failed.errorFor(`lines.${i}.category`)}
              />
              <Field
                name={`lines.${i}.description`}
                label={t('plan.field.description')}
                error={failed.errorFor(`lines.${i}.description`)}
                defaultValue={value(`lines.${i}.description`)}
                dir="auto"
              />
              <Field
                name={`lines.${i}.quantity`}
                label={t('plan.field.quantity')}
                inputMode="decimal"
                width="half"
                error={failed.errorFor(`lines.${i}.quantity`)}
                defaultValue={value(`lines.${i}.quantity`)}
              />
              <Field
                name={`lines.${i}.unitPrice`}
                label={t('plan.field.unitPrice')}
                inputMode="decimal"
                width="half"
                error={failed.errorFor(`lines.${i}.unitPrice`)}
                defaultValue={value(`lines.${i}.unitPrice`)}
              />
            </fieldset>
          ))}
          {rows <= MAX_QUOTE_LINES ? (
            <Button variant="secondary" name="intent" value="add-line">
              {t('plan.lines.add')}
            </Button>
          ) : null}
          <div className="two-thirds">
            <TextareaField
              name="inclusions"
              label={t('plan.field.inclusions')}
              hint={t('plan.hint.list')}
              error={failed.errorFor('inclusions')}
              defaultValue={value('inclusions')}
              rows={4}
            />
            <TextareaField
              name="exclusions"
              label={t('plan.field.exclusions')}
              hint={t('plan.hint.list')}
              error={failed.errorFor('exclusions')}
              defaultValue={value('exclusions')}
              rows={4}
            />
            <p className="body">{t('plan.fee')}</p>
          </div>
          {/* Asked only once a quote came out far above the listed price (checkQuotePolicy), and kept while ticked. */}
          {failed.errorFor('confirmPrice') || value('confirmPrice') === 'yes' ? (
            <div className="two-thirds">
              <Choices
                type="checkbox"
                name="confirmPrice"
                legend={t('plan.confirmPrice.legend')}
                hint={t('plan.confirmPrice.hint')}
                error={failed.errorFor('confirmPrice')}
                selected={value('confirmPrice') === 'yes' ? ['yes'] : []}
                options={[{ value: 'yes', label: t('plan.confirmPrice.yes') }]}
              />
            </div>
          ) : null}
          <p className="body" id="command" tabIndex={-1}>
            <Button name="intent" value="send">
              {t(d.revise ? 'plan.revise.send' : 'plan.send')}
            </Button>
          </p>
        </Form>
      )}
    </div>
  )
}
