import { Form, Link } from 'react-router'
import { alsfrsItemTextFor, type Who } from '#domain/alsfrs/item-text.ts'
import { itemScores, type ItemId } from '#domain/alsfrs/items.ts'
import {
  breathingSupports,
  checkInSteps,
  stepBefore,
  familyAnsweredBy,
  feedingSupports,
  type CheckInDraft,
  type CheckInStep,
} from '#domain/follow-up/check-in.ts'
import { formatDate, formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { FollowUpView } from '#domain/follow-up/follow-up-view.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure, type FailureView } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

// The follow-up plan, the check-ins done, and the check-in's pages (ADR
// 0065), shared by the family's and the coordinator's routes: the same
// questions on the same one-question-per-page pattern as the intake, the
// ALSFRS-R items in the intake's own words (domain/alsfrs/item-text.ts).

/** Where the check-in's pages live for one audience. */
export type CheckInPaths = { plan: string; step: (step: CheckInStep | 'check') => string }

/** What a check-in page's loader gives: nothing to do before discharge, else the page and the draft. */
export type CheckInPage =
  | { open: false; reason: 'not-yet' | 'closed' }
  | { open: true; step: CheckInStep | 'check'; draft: CheckInDraft; byPhone: boolean }

const day = (locale: ReturnType<typeof useLocale>, date: string) =>
  formatDate(locale, new Date(`${date}T00:00:00Z`))

/** Whether the questions speak to the patient ("your") or about them ("their"). */
export const whoOf = (draft: CheckInDraft, byPhone: boolean): Who =>
  !byPhone && draft.answeredBy === 'self' ? 'self' : 'other'

export function FollowUpPlan({ view }: { view: FollowUpView }) {
  const t = useT()
  const locale = useLocale()
  if (!view.treatmentEnded) return <p className="body">{t('followUp.notYet')}</p>
  return (
    <>
      <h2 className="heading-m">{t('followUp.plan.heading')}</h2>
      <p className="body">{t('followUp.plan.ended', { date: day(locale, view.treatmentEnded) })}</p>
      {view.checkInsOpen ? null : <p className="body">{t('followUp.plan.closed')}</p>}
      <Table
        caption={t('followUp.plan.heading')}
        rows={view.visits}
        testId="follow-up-plan"
        columns={[
          {
            header: t('followUp.plan.visitColumn'),
            rowHeader: true,
            cell: (v) => t('followUp.plan.visit', { months: v.monthsAfter }),
          },
          { header: t('followUp.plan.due'), cell: (v) => day(locale, v.dueOn) },
          {
            header: t('followUp.plan.status'),
            cell: (v) => (
              <Tag
                tone={
                  v.status === 'missed'
                    ? 'red'
                    : v.status === 'done'
                      ? 'green'
                      : v.status === 'cancelled'
                        ? 'grey'
                        : 'blue'
                }
              >
                {t(`followUp.status.${v.status}` as MessageKey)}
              </Tag>
            ),
          },
        ]}
      />
      <h2 className="heading-m">{t('followUp.checkIns.heading')}</h2>
      <Table
        caption={t('followUp.checkIns.heading')}
        rows={view.checkIns}
        testId="check-ins"
        empty={t('followUp.checkIns.none')}
        columns={[
          { header: t('followUp.checkIns.date'), rowHeader: true, cell: (c) => day(locale, c.answeredOn) },
          {
            header: t('followUp.checkIns.answeredBy'),
            cell: (c) =>
              c.onThePhone
                ? t(`followUp.answeredBy.phone.${c.onThePhone}`)
                : t(`followUp.answeredBy.${c.answeredBy}` as MessageKey),
          },
          { header: t('followUp.checkIns.total'), cell: (c) => formatNumber(locale, c.alsfrsTotal) },
          {
            header: t('followUp.checkIns.fvc'),
            cell: (c) =>
              c.fvcPercent === null ? t('followUp.checkIns.notMeasured') : formatNumber(locale, c.fvcPercent),
          },
          {
            header: t('followUp.checkIns.weight'),
            cell: (c) =>
              c.weightKg === null ? t('followUp.checkIns.notMeasured') : formatNumber(locale, c.weightKg),
          },
        ]}
      />
    </>
  )
}

/** The caption and heading text of a page of the check-in. */
export function stepTitle(
  t: ReturnType<typeof useT>,
  locale: ReturnType<typeof useLocale>,
  step: CheckInStep,
  who: Who,
  byPhone = false,
) {
  if (step.startsWith('item-')) return alsfrsItemTextFor(locale, who)[step.slice(5) as ItemId].question
  if (step === 'who') return t(byPhone ? 'checkIn.who.phoneTitle' : 'checkIn.who.title')
  return t(`checkIn.${step}.title` as MessageKey, { who })
}

/** One page of the check-in: a plain form posting to the page's own action. */
export function CheckInStepForm({
  step,
  draft,
  byPhone,
  failed,
}: {
  step: CheckInStep
  draft: CheckInDraft
  byPhone: boolean
  failed: FailureView
}) {
  const t = useT()
  const locale = useLocale()
  const who = whoOf(draft, byPhone)
  const title = stepTitle(t, locale, step, who, byPhone)
  const radios = (
    options: { value: string; label: string }[],
    selected: string | undefined,
    hint?: string,
  ) => (
    <Choices
      type="radio"
      name="answer"
      legend={title}
      legendIsHeading
      hint={hint}
      error={failed.errorFor('answer')}
      selected={failed.values('answer', selected === undefined ? [] : [selected])}
      options={options}
    />
  )
  const body = (() => {
    switch (step) {
      case 'who':
        return radios(
          // By phone the coordinator asks who is on the line, and types the answers themself.
          familyAnsweredBy.map((v) => ({
            value: v,
            label: t(`checkIn.who.${byPhone ? 'phone.' : ''}${v}` as MessageKey),
          })),
          draft.answeredBy,
        )
      case 'feeding':
        return radios(
          feedingSupports.map((v) => ({ value: v, label: t(`checkIn.feeding.${v}` as MessageKey) })),
          draft.feeding,
        )
      case 'breathing':
        return radios(
          breathingSupports.map((v) => ({ value: v, label: t(`checkIn.breathing.${v}` as MessageKey) })),
          draft.breathing,
        )
      case 'measures':
        return (
          <>
            <h1 className="heading-l">{title}</h1>
            <p className="body">{t('checkIn.measures.hint')}</p>
            <Field
              name="fvc"
              label={t('checkIn.measures.fvc')}
              hint={t('checkIn.measures.fvcHint')}
              error={failed.errorFor('fvc')}
              defaultValue={failed.value('fvc', draft.fvcPercent?.toString() ?? '')}
              inputMode="decimal"
              width="code"
              dir="ltr"
            />
            <Field
              name="weight"
              label={t('checkIn.measures.weight')}
              error={failed.errorFor('weight')}
              defaultValue={failed.value('weight', draft.weightKg?.toString() ?? '')}
              inputMode="decimal"
              width="code"
              dir="ltr"
            />
          </>
        )
      case 'changes':
        return (
          <>
            <h1 className="heading-l">{title}</h1>
            <TextareaField
              name="problems"
              label={t('checkIn.changes.problems')}
              error={failed.errorFor('problems')}
              defaultValue={failed.value('problems', draft.newProblems ?? '')}
            />
            <TextareaField
              name="medicines"
              label={t('checkIn.changes.medicines')}
              error={failed.errorFor('medicines')}
              defaultValue={failed.value('medicines', draft.medicineChanges ?? '')}
            />
          </>
        )
      default: {
        const id = step.slice(5) as ItemId
        const text = alsfrsItemTextFor(locale, who)[id]
        const given = draft.items?.[id]
        return radios(
          itemScores.map((score) => ({ value: String(score), label: text.options[score] })),
          given === undefined ? undefined : String(given),
          text.hint ?? t('intake.alsfrs.hint', { who }),
        )
      }
    }
  })()
  return (
    <Form method="post" noValidate>
      {body}
      <Button>{t('checkIn.saveContinue')}</Button>
    </Form>
  )
}

/** Check answers: every page's answer with a Change link, then send. */
export function CheckInCheck({
  draft,
  byPhone,
  stepHref,
}: {
  draft: CheckInDraft
  byPhone: boolean
  stepHref: (step: CheckInStep) => string
}) {
  const t = useT()
  const locale = useLocale()
  const who = whoOf(draft, byPhone)
  const items = alsfrsItemTextFor(locale, who)
  const none = t('checkIn.check.none')
  const rows = checkInSteps(draft, byPhone).map((step) => {
    const key = step.startsWith('item-')
      ? items[step.slice(5) as ItemId].label
      : stepTitle(t, locale, step, who, byPhone)
    const value = (() => {
      switch (step) {
        case 'who':
          return draft.answeredBy
            ? t(`checkIn.who.${byPhone ? 'phone.' : ''}${draft.answeredBy}` as MessageKey)
            : none
        case 'feeding':
          return draft.feeding ? t(`checkIn.feeding.${draft.feeding}` as MessageKey) : none
        case 'breathing':
          return draft.breathing ? t(`checkIn.breathing.${draft.breathing}` as MessageKey) : none
        case 'measures':
          return [
            `${t('checkIn.measures.fvc')}: ${draft.fvcPercent == null ? t('followUp.checkIns.notMeasured') : formatNumber(locale, draft.fvcPercent)}`,
            `${t('checkIn.measures.weight')}: ${draft.weightKg == null ? t('followUp.checkIns.notMeasured') : formatNumber(locale, draft.weightKg)}`,
          ].join(' · ')
        case 'changes':
          return (
            <span dir="auto">{[draft.newProblems || none, draft.medicineChanges || none].join(' · ')}</span>
          )
        default: {
          const score = draft.items?.[step.slice(5) as ItemId]
          return score === undefined ? none : `${score} – ${items[step.slice(5) as ItemId].options[score]}`
        }
      }
    })()
    return { key, value, change: stepHref(step) }
  })
  return (
    <>
      <SummaryList rows={rows} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="send" />
        <Button>{t('checkIn.check.send')}</Button>
      </Form>
    </>
  )
}

/** "Start" or "Continue" the check-in: a link, since the first page is an ordinary GET. */
export function CheckInLink({
  href,
  started,
  byPhone = false,
}: {
  href: string
  started: boolean
  byPhone?: boolean
}) {
  const t = useT()
  return (
    <p className="body">
      <Link className="button" to={href}>
        {t(started ? 'followUp.continue' : byPhone ? 'followUp.phone' : 'followUp.start')}
      </Link>
    </p>
  )
}

/** The page itself, for the family and the coordinator alike. */
export function CheckInRoute({
  page,
  actionData,
  paths,
}: {
  page: CheckInPage
  actionData: unknown
  paths: CheckInPaths
}) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, ['answer', 'fvc', 'weight', 'problems', 'medicines', 'form'])
  if (!page.open)
    return (
      <div className="two-thirds">
        <PageHeader
          title={t(page.reason === 'closed' ? 'checkIn.closed.title' : 'checkIn.notYet.title')}
          back={paths.plan}
        />
        <p className="body">{t(page.reason === 'closed' ? 'checkIn.closed.body' : 'checkIn.notYet.body')}</p>
      </div>
    )
  const { step, draft, byPhone } = page
  const before = stepBefore(draft, byPhone, step)
  const back = before ? paths.step(before) : paths.plan
  if (step === 'check')
    return (
      <div className="two-thirds">
        <PageHeader
          title={t('checkIn.check.title')}
          back={back}
          failure={failed}
          caption={t('checkIn.caption')}
        />
        <CheckInCheck draft={draft} byPhone={byPhone} stepHref={(s: CheckInStep) => paths.step(s)} />
      </div>
    )
  return (
    <div className="two-thirds">
      <PageHeader
        title={stepTitle(t, locale, step, whoOf(draft, byPhone), byPhone)}
        back={back}
        failure={failed}
        caption={t('checkIn.caption')}
        heading={false}
      />
      <CheckInStepForm step={step} draft={draft} byPhone={byPhone} failed={failed} />
    </div>
  )
}
