import { useEffect } from 'react'
import { data, Form, redirect } from 'react-router'
import { alsfrsItemTextFor, type Who } from '#domain/alsfrs/item-text.ts'
import { itemScores } from '#domain/alsfrs/items.ts'
import { displayName } from '#domain/i18n/format.ts'
import { whoIsAsked } from '#domain/intake/answer-sources.ts'
import { choiceKey, questionKey } from '#domain/intake/format-answer.ts'
import { defaultBudgetCurrency } from '#domain/intake/country-currency.ts'
import { dateExample, dateKindOf } from '#domain/intake/date-examples.ts'
import type { Fields } from '#domain/intake/parse-answer.ts'
import { findQuestion, type Question } from '#domain/intake/questions.ts'
import { countryCodes, languageCodes } from '#domain/intake/select-options.ts'
import {
  currentZoneName,
  patientTimeZone,
  defaultTimeZone,
  timeZoneChoices,
  zonesOfCountry,
  type TimeZoneChoice,
} from '#domain/intake/time-zones.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { DateInput } from '#app/components/patterns/date-input.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath, questionPath, stepPath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireEditableCase } from '#app/case.server.ts'
import { localeOf } from '#app/request.server.ts'
import { textLanguage } from '#app/components/content-flow.tsx'
import { readContentPage } from '#server/use-cases/content/content-page.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { Route } from './+types/question'

// One question per page, for every question of the intake (domain/intake/questions.ts).

async function openQuestion(request: Request, params: Route.LoaderArgs['params']) {
  const handle = await requireEditableCase(request, params.caseId)
  const asked = handle.openQuestion(params.questionId)
  if (asked.found === 'unknown') throw data(null, { status: 404 })
  // A question that does not apply yet: the first one still open instead of a dead end.
  if (asked.found === 'elsewhere') throw redirect(stepPath(handle.case.id, asked.step))
  return { handle, asked }
}

/** A budget's currencies, the country of residence's first offered when we can show it. */
async function moneyChoices(
  handle: Awaited<ReturnType<typeof openQuestion>>['handle'],
  asked: Awaited<ReturnType<typeof openQuestion>>['asked'],
) {
  if (asked.question.kind !== 'money') return { currencies: [], defaultCurrency: 'USD' }
  const { currencies } = await asked.choices()
  return { currencies, defaultCurrency: defaultBudgetCurrency(handle.answers()['country'], currencies) }
}

/**
 * The time zones, readable and in order, with the one to preselect: the
 * answer given, else the country of residence's only zone. With JavaScript,
 * the browser's own zone is preselected when nothing is (among the country's
 * zones, when the country is known).
 */
async function timeZoneList(
  handle: Awaited<ReturnType<typeof openQuestion>>['handle'],
  asked: Awaited<ReturnType<typeof openQuestion>>['asked'],
  locale: Locale,
) {
  const { question } = asked
  if (question.kind !== 'select' || question.options !== 'time-zones') return null
  const { timeZones } = await asked.choices()
  const answers = handle.answers()
  const given = patientTimeZone(answers)
  const country = answers['country']
  const countryZones = typeof country === 'string' ? zonesOfCountry(country) : []
  return {
    choices: timeZoneChoices(locale, timeZones, asked.now),
    preselected: given ?? defaultTimeZone(country, timeZones),
    // The country's zones when it is known; null: any zone offered.
    browserMayChoose: countryZones.length > 0 ? countryZones : null,
  }
}

/**
 * Country and language names, named and ordered on the server only: the
 * browser's own ICU names some differently ("Hong Kong" against "Hong Kong
 * SAR China"), and a name written again while hydrating would not match the
 * page (ADR 0078). `names` covers a checkbox question's regions.
 */
function namedChoices(
  question: Question,
  locale: Locale,
): { options: { value: string; label: string }[] | null; names: Record<string, string> } {
  const named = (type: 'region' | 'language', codes: readonly string[]) =>
    codes
      .map((c) => ({ value: c, label: displayName(locale, type, c) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale))
  if (question.kind === 'select' && question.options === 'countries')
    return { options: named('region', countryCodes), names: {} }
  if (question.kind === 'select' && question.options === 'languages')
    return { options: named('language', languageCodes), names: {} }
  if (question.kind === 'checkboxes' && question.regionChoices)
    return {
      options: null,
      names: Object.fromEntries(
        question.choices
          .filter((c) => c.value !== 'any')
          .map((c) => [c.value, displayName(locale, 'region', c.value)]),
      ),
    }
  return { options: null, names: {} }
}

function returnToOf(value: string | null | undefined) {
  return value === 'check-answers' ? value : null
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { handle, asked } = await openQuestion(request, params)
  const locale = localeOf(request)
  const caseId = handle.case.id
  const returnTo = returnToOf(new URL(request.url).searchParams.get('returnTo'))
  const { question, previous } = asked
  return {
    caseId,
    question: { id: question.id },
    // Today by the case's clock, for example dates a person could really type.
    today: asked.today,
    fields: asked.fields,
    who: whoIsAsked(handle.member.role, handle.answers()),
    returnTo,
    back: returnTo
      ? casePath(caseId, 'check-answers')
      : previous
        ? questionPath(caseId, previous.id)
        : casePath(caseId),
    ...(await moneyChoices(handle, asked)),
    timeZones: await timeZoneList(handle, asked, locale),
    named: namedChoices(question, locale),
    stemCells: question.id === 'treatments-of-interest' ? stemCellSummary(locale) : null,
  }
}

/** The stem-cell choice says what is proven: the guide's own summary, beside the question. */
function stemCellSummary(locale: Locale) {
  const page = readContentPage('stem-cells-for-als', locale)
  return page ? { summary: page.doc.summary, locale: page.locale } : null
}

export async function action({ request, params }: Route.ActionArgs) {
  const { handle, asked } = await openQuestion(request, params)
  const fields = await readFields(request)
  // "Save and come back later" saves what was given, then goes to the task list.
  const returnTo = fields['then']?.[0] === 'later' ? 'task-list' : returnToOf(fields['returnTo']?.[0])
  const saved = await handle.answer(asked.question, fields, returnTo)
  if (!saved.ok) return 'code' in saved.error ? refuse(saved.error, fields) : failure(fields, [saved.error])
  throw redirect(stepPath(handle.case.id, saved.value))
}

type TimeZoneList = {
  choices: TimeZoneChoice[]
  preselected: string | null
  browserMayChoose: string[] | null
}

/**
 * With JavaScript, preselects the browser's time zone (under its current
 * name) when the page has none: a guess the person can change. Without
 * JavaScript the list simply starts unselected.
 */
function BrowserTimeZone({ selectId, accept }: { selectId: string; accept: readonly string[] }) {
  useEffect(() => {
    const select = document.getElementById(selectId)
    if (!(select instanceof HTMLSelectElement) || select.value) return
    const zone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone)
    if (accept.includes(zone)) select.value = zone
  }, [selectId, accept])
  return null
}

/** The heading and hint of a question whose page holds several fields. */
function QuestionHeading({ title, hint }: { title: string; hint: string | undefined }) {
  return (
    <>
      <h1 className="heading-l">{title}</h1>
      {hint ? <p className="body">{hint}</p> : null}
    </>
  )
}

function QuestionInput({
  question,
  fields,
  error,
  currencies,
  defaultCurrency,
  timeZones,
  named,
  today,
  who,
}: {
  question: Question
  fields: Fields
  error: { field: string; message: string } | null
  currencies: string[]
  defaultCurrency: string
  timeZones: TimeZoneList | null
  named: ReturnType<typeof namedChoices>
  today: string
  who: Who
}) {
  const t = useT()
  const locale = useLocale()
  // Questions about the patient read "your" or "their" depending on who fills them in.
  const titleKey = questionKey(question.id, 'title')
  const title = t.has(titleKey) ? t(titleKey, { who }) : ''
  const hintKey = `intake.q.${question.id}.hint`
  const hintText = t.has(hintKey) ? t(hintKey, { who }) : undefined
  const errorFor = (field: string) => (error && error.field === field ? error.message : undefined)
  // "For example, 27 3 1966": a date that fits the question, from today.
  const example = (part: 'from' | 'to' = 'from') => {
    const e = dateExample(dateKindOf(question, part), today)
    return t('form.date.example', { day: String(e.day), month: String(e.month), year: String(e.year) })
  }
  const withExample = (hint: string | undefined) => (hint ? `${hint} ${example()}` : example())
  // A control bound to its field: its name, its error, and what was answered or typed.
  const bound = (name: string) => ({ name, error: errorFor(name), defaultValue: fields[name]?.[0] })
  const boundChoices = (name: string) => ({ name, error: errorFor(name), selected: fields[name] ?? [] })
  switch (question.kind) {
    case 'radios':
    case 'checkboxes':
      return (
        <Choices
          type={question.kind === 'radios' ? 'radio' : 'checkbox'}
          {...boundChoices('answer')}
          legend={title}
          legendIsHeading
          hint={hintText}
          options={question.choices.map((c, i) => ({
            value: c.value,
            label:
              question.kind === 'checkboxes' && question.regionChoices && c.value !== 'any'
                ? (named.names[c.value] ?? c.value)
                : t(choiceKey(question.id, c.value)),
            divider: c.exclusive && question.kind === 'checkboxes' && !question.choices[i - 1]?.exclusive,
          }))}
        >
          {question.kind === 'checkboxes' && question.otherChoice ? (
            <Field
              {...bound('other')}
              label={t(choiceKey(question.id, question.otherChoice))}
              hint={t('intake.otherHint')}
              dir="auto"
            />
          ) : null}
        </Choices>
      )
    case 'alsfrs-item': {
      const text = alsfrsItemTextFor(locale, who)[question.item]
      return (
        <Choices
          type="radio"
          {...boundChoices('answer')}
          legend={text.question}
          legendIsHeading
          hint={text.hint ?? t('intake.alsfrs.hint', { who })}
          options={itemScores.map((score) => ({ value: String(score), label: text.options[score] }))}
        />
      )
    }
    case 'text':
      return (
        <>
          <Field
            {...bound('answer')}
            label={title}
            labelIsHeading
            hint={hintText}
            autoComplete={question.autoComplete}
            dir="auto"
          />
        </>
      )
    case 'textarea': {
      // The limit is said before it is met, not only in the error.
      const limit = t('intake.limit', { max: question.maxLength })
      return (
        <TextareaField
          {...bound('answer')}
          label={title}
          labelIsHeading
          hint={hintText ? `${hintText} ${limit}` : limit}
        />
      )
    }
    case 'date':
      return (
        <DateInput
          legend={title}
          legendIsHeading
          hint={withExample(hintText)}
          error={error?.message}
          errorField={error?.field}
          values={fields}
        />
      )
    case 'select': {
      const options =
        named.options ??
        (timeZones?.choices ?? []).map((z) => ({
          value: z.zone,
          label: t('intake.timeZone.option', z),
        }))
      const typed = fields['answer']?.[0]
      return (
        <>
          <SelectField
            name="answer"
            label={title}
            labelIsHeading
            hint={hintText}
            error={error?.message}
            options={options}
            value={
              question.options === 'time-zones'
                ? typed
                  ? currentZoneName(typed)
                  : (timeZones?.preselected ?? null)
                : (typed ?? null)
            }
            anyLabel={t('intake.select.placeholder')}
          />
          {question.options === 'time-zones' && timeZones && !typed && !timeZones.preselected ? (
            <BrowserTimeZone
              selectId="answer"
              accept={timeZones.browserMayChoose ?? timeZones.choices.map((z) => z.zone)}
            />
          ) : null}
        </>
      )
    }
    case 'contact':
      return (
        <Choices
          type="radio"
          {...boundChoices('method')}
          legend={title}
          legendIsHeading
          hint={hintText}
          options={['email', 'phone', 'whatsapp'].map((m) => ({
            value: m,
            label: t(choiceKey('contact', m)),
          }))}
        >
          <Field
            {...bound('detail')}
            label={t('intake.contact.detail')}
            hint={t('intake.contact.detailHint')}
            dir="ltr"
          />
        </Choices>
      )
    case 'fvc':
      return (
        <>
          <QuestionHeading title={title} hint={hintText} />
          <Field
            {...bound('percent')}
            label={t('intake.fvc.percent')}
            hint={t('intake.fvc.percentHint')}
            inputMode="decimal"
            width="code"
            dir="ltr"
          />
          <DateInput
            legend={t('intake.fvc.date')}
            hint={example()}
            error={error && error.field !== 'percent' ? error.message : undefined}
            errorField={error?.field}
            values={fields}
          />
        </>
      )
    case 'money':
      return (
        <>
          <QuestionHeading title={title} hint={hintText} />
          <Field
            {...bound('amount')}
            label={t('intake.money.amount')}
            inputMode="decimal"
            width="half"
            dir="ltr"
          />
          <SelectField
            name="currency"
            label={t('intake.money.currency')}
            error={errorFor('currency')}
            options={currencies.map((c) => ({ value: c, label: c }))}
            value={fields['currency']?.[0] ?? defaultCurrency}
            width="half"
          />
        </>
      )
    case 'date-range':
      return (
        <>
          <QuestionHeading title={title} hint={hintText} />
          <DateInput
            prefix="from-"
            legend={t('intake.range.from')}
            hint={example('from')}
            error={error?.field.startsWith('from-') ? error.message : undefined}
            errorField={error?.field}
            values={fields}
          />
          <DateInput
            prefix="to-"
            legend={t('intake.range.to')}
            hint={example('to')}
            error={error?.field.startsWith('to-') ? error.message : undefined}
            errorField={error?.field}
            values={fields}
          />
        </>
      )
  }
}

export default function QuestionPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const question = findQuestion(loaderData.question.id)!
  const failed = useFailure(actionData)
  const fields: Fields = failed.entered ?? loaderData.fields
  const first = failed.list[0]
  const error = first ? { field: first.fieldId, message: first.message } : null
  const title =
    question.kind === 'alsfrs-item'
      ? alsfrsItemTextFor(locale, loaderData.who)[question.item].question
      : t(questionKey(question.id, 'title'), { who: loaderData.who })
  return (
    <div className="two-thirds">
      <PageHeader
        title={title}
        back={loaderData.back}
        failure={failed}
        caption={t(`intake.section.${question.section}` as MessageKey)}
        heading={false}
      />
      <Form method="post" noValidate>
        {loaderData.returnTo ? <input type="hidden" name="returnTo" value={loaderData.returnTo} /> : null}
        <QuestionInput
          question={question}
          fields={fields}
          error={error}
          currencies={loaderData.currencies}
          defaultCurrency={loaderData.defaultCurrency}
          timeZones={loaderData.timeZones}
          named={loaderData.named}
          today={loaderData.today}
          who={loaderData.who}
        />
        {loaderData.stemCells ? (
          <details className="details">
            <summary>{t('intake.stemCells.summary')}</summary>
            <p className="body" {...textLanguage(loaderData.stemCells.locale, locale)}>
              {loaderData.stemCells.summary}
            </p>
            <p className="body">
              {/* A tab of its own, so the ticks made here are not lost. */}
              <a className="link" href="/guides/stem-cells-for-als" target="_blank" rel="noopener">
                {t('intake.stemCells.guide')}
              </a>
            </p>
          </details>
        ) : null}
        <div className="button-group">
          <Button>{t('form.saveContinue')}</Button>
          <Button variant="secondary" name="then" value="later">
            {t('intake.saveLater')}
          </Button>
        </div>
      </Form>
    </div>
  )
}
