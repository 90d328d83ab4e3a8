import { data, Form, Link, redirect } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import {
  clinicDeclineReasons,
  notEligibleReasons,
  type ClinicDeclineReason,
  type NotEligibleReason,
  type ReferralCommandType,
} from '#domain/referrals/referral.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { CaseDocumentList } from '#app/components/case-documents.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { ReferralTimeline, timelineOf } from '#app/components/referral-timeline.tsx'
import { SentQuote } from '#app/components/sent-quote.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure, type FailureView } from '#app/lib/action-failure.ts'
import { confirmEnding, endingConfirmFieldOf, type EndingStep } from '#domain/referrals/confirm-ending.ts'
import { clinicAnswerDue } from '#domain/referrals/waiting-on.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/referral'
import { caseStageForClinic } from '#domain/referrals/case-stage-for-clinic.ts'

// A referral as the clinic sees it: only what the patient's consent names,
// checked on this very request (a withdrawn consent is a 404 at once), where
// the referral stands, and the evaluation steps the domain allows this member
// now (domain/referrals/decide-referral.ts). The first view opens it.
const evaluationSteps = [
  'start-evaluation',
  'request-information',
  'declare-not-eligible',
  'decline',
] as const
type EvaluationStep = (typeof evaluationSteps)[number]
const isStep = (c: string): c is EvaluationStep => (evaluationSteps as readonly string[]).includes(c)

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  let referral = await handle.referral()
  // The first view of a sent referral opens it (audited); someone else opening it at the same moment is fine.
  if (referral?.commands.includes('open')) {
    await handle.openReferral()
    referral = await handle.referral()
  }
  // The gate opens only referred cases; a referral gone since is "not found" too.
  if (!referral) throw data(null, { status: 404 })
  const docs = await handle.documents()
  const quote = await handle.quote()
  return {
    canPlan: referral.commands.includes('propose-plan'),
    // The desk sees why the plan and the eligibility steps are not theirs.
    doctorsOnly: (await handle.whyNoPlan(referral.status)) === 'not-a-doctor',
    quote: quote && {
      doctor: quote.plan.doctor,
      overall: quote.totals.overall,
      validUntil: quote.validUntil,
      accepted: quote.acceptedAt !== null,
    },
    caseId: handle.case.id,
    /** Carried on every link and form, so staff of two providers stay on this referral. */
    query: `?provider=${encodeURIComponent(handle.providerId)}`,
    reference: handle.case.reference,
    stage: caseStageForClinic(handle.case.stage, referral.status),
    recordsShared: handle.recordsShared,
    answers: handle.answers(),
    alsfrs: handle.alsfrs(),
    documents: docs.map((d) => ({
      id: d.id,
      name: d.meta.filename,
      kind: d.kind,
      type: d.meta.type ?? null,
    })),
    referral: referral && {
      status: referral.status,
      version: referral.version,
      // Shown only while the answer is the clinic's to give, as the inbox does.
      answerDueAt: clinicAnswerDue(referral.status, referral.answerDueAt)?.toISOString() ?? null,
      overdue: referral.overdue,
      steps: referral.commands.filter(isStep),
      timeline: timelineOf(referral.events),
    },
    // The step just taken, said once: a later reload or another change does not repeat it.
    moved: (() => {
      const moved = new URL(request.url).searchParams.get('moved')
      return referral && moved === referral.status ? moved : null
    })(),
    // A plan sent in place of one already out: the status did not change, the plan did.
    replaced:
      referral?.events.at(-1)?.type === 'referral.plan-proposed' &&
      referral.events.at(-1)?.from === 'plan-proposed',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const command = one('command')
  const version = Number(one('version'))
  if (!isStep(command) || !Number.isSafeInteger(version))
    return failure(fields, [{ field: 'command', key: 'refusal.referral.form' }])
  const run = () => {
    switch (command) {
      case 'start-evaluation':
        return handle.startEvaluation(version)
      case 'request-information':
        return handle.askForInformation(one('question'), version)
      case 'declare-not-eligible': {
        const reason = one('reason')
        if (!(notEligibleReasons as readonly string[]).includes(reason)) return null
        return handle.declareNotEligible(
          { reason: reason as NotEligibleReason, explanation: one('explanation') },
          version,
        )
      }
      case 'decline': {
        const reason = one('decline-reason')
        if (!(clinicDeclineReasons as readonly string[]).includes(reason)) return null
        return handle.decline(reason as ClinicDeclineReason, version, one('decline-explanation'))
      }
    }
  }
  if (command === 'declare-not-eligible' || command === 'decline') {
    // The reason and the box are asked for together, each on its own field.
    const reasonField = command === 'decline' ? 'decline-reason' : 'reason'
    const reasons: readonly string[] = command === 'decline' ? clinicDeclineReasons : notEligibleReasons
    const confirmed = confirmEnding(command, one(endingConfirmFieldOf(command)) === 'yes')
    const missing = [
      ...(reasons.includes(one(reasonField))
        ? []
        : [{ field: reasonField, key: 'referral.reason.missing' as const }]),
      ...(confirmed.ok
        ? []
        : [{ field: confirmed.error.field, key: 'refusal.referral.end-not-confirmed' as const }]),
    ]
    if (missing.length > 0) return failure(fields, missing)
  }
  const pending = run()
  if (!pending) {
    const field = command === 'decline' ? 'decline-reason' : 'reason'
    return failure(fields, [{ field, key: 'referral.reason.missing' }])
  }
  const result = await pending
  // What is wrong with a text belongs to the box it was typed in.
  const textField =
    command === 'declare-not-eligible'
      ? 'explanation'
      : command === 'decline'
        ? 'decline-explanation'
        : 'question'
  const aboutText = [
    'referral.text-too-long',
    'referral.explanation-missing',
    'referral.explanation-contact-details',
  ]
  if (!result.ok)
    return refuse(result.error, fields, aboutText.includes(result.error.code) ? { field: textField } : {})
  throw redirect(
    `/clinic/referrals/${handle.case.id}?provider=${encodeURIComponent(handle.providerId)}&moved=${result.value.status}`,
    303,
  )
}

const formOrder = [
  'command',
  'question',
  'reason',
  'explanation',
  endingConfirmFieldOf('declare-not-eligible'),
  'decline-reason',
  'decline-explanation',
  endingConfirmFieldOf('decline'),
]

export default function Referral({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const failed = useFailure(actionData, formOrder)
  const r = d.referral
  const may = (step: ReferralCommandType) => r.steps.includes(step as EvaluationStep)
  const hidden = (command: EvaluationStep) => (
    <>
      <input type="hidden" name="command" value={command} />
      <input type="hidden" name="version" value={r.version} />
    </>
  )
  const tried = failed.value('command')
  return (
    <div>
      <PageHeader
        title={t('referral.title', { reference: d.reference })}
        back="/clinic/referrals"
        failure={failed}
      />
      {d.moved && !failed.failed ? (
        <NotificationBanner
          title={
            d.moved === 'plan-proposed' && d.replaced
              ? t('referral.planReplaced')
              : t('referral.moved', { status: t(`referral.status.${d.moved}` as MessageKey) })
          }
        />
      ) : null}
      {d.stage ? (
        <p className="body">
          {t('case.stageLabel')} {t(`case.stage.${d.stage}` as MessageKey)}
        </p>
      ) : null}
      <p className="body" data-testid="referral-status" id="command" tabIndex={-1}>
        {t('referral.statusLabel')} <Tag>{t(`referral.status.${r.status}` as MessageKey)}</Tag>
        {r.overdue ? (
          <>
            {' '}
            <Tag tone="red">{t('referral.overdue')}</Tag>
          </>
        ) : null}
      </p>
      {r.answerDueAt ? (
        <p className="body">{t('referral.due', { date: formatDate(locale, new Date(r.answerDueAt)) })}</p>
      ) : null}
      <p className="body two-thirds">{t('referral.lede')}</p>
      <Section id="evaluation" title={t('referral.actions')}>
        {r.steps.length === 0 && !d.canPlan ? <p className="body">{t('referral.noActions')}</p> : null}
        {d.quote ? <SentQuote quote={d.quote} status={r.status} /> : null}
        {d.referral?.status === 'accepted' ? (
          <p className="body">
            <Link to={`/clinic/referrals/${d.caseId}/travel${d.query}`}>{t('travel.link')}</Link>
          </p>
        ) : null}
        {d.referral?.status === 'accepted' ? (
          <p className="body">
            <Link to={`/clinic/referrals/${d.caseId}/itinerary${d.query}`}>{t('trip.link')}</Link>
          </p>
        ) : null}
        {d.quote?.accepted ? (
          <p className="body">
            <Link to={`/clinic/referrals/${d.caseId}/treatment${d.query}`} className="button">
              {t('treatment.link')}
            </Link>
          </p>
        ) : null}
        {d.doctorsOnly ? <p className="hint">{t('referral.doctorsOnly')}</p> : null}
        {d.canPlan ? (
          <p className="body">
            <Link to={`/clinic/referrals/${d.caseId}/plan${d.query}`} className="button button--secondary">
              {t(d.quote ? 'plan.replace' : 'plan.write')}
            </Link>
          </p>
        ) : null}
        {may('start-evaluation') ? (
          <Form method="post">
            {hidden('start-evaluation')}
            <Button>{t('referral.start')}</Button>
          </Form>
        ) : null}
        {may('request-information') ? (
          <Form method="post" noValidate>
            <h3 className="heading-s">{t('referral.ask.title')}</h3>
            {hidden('request-information')}
            <TextareaField
              name="question"
              label={t('referral.ask.label')}
              hint={t('referral.ask.hint')}
              error={tried === 'request-information' ? failed.errorFor('question') : undefined}
              defaultValue={tried === 'request-information' ? failed.value('question') : undefined}
              rows={4}
            />
            <Button variant="secondary">{t('referral.ask.button')}</Button>
          </Form>
        ) : null}
        {may('declare-not-eligible') ? (
          <Form method="post" noValidate>
            <h3 className="heading-s">{t('referral.notEligible.title')}</h3>
            {hidden('declare-not-eligible')}
            <Choices
              type="radio"
              name="reason"
              legend={t('referral.notEligible.reason')}
              error={failed.errorFor('reason')}
              selected={failed.values('reason')}
              options={notEligibleReasons.map((reason) => ({
                value: reason,
                label: t(`referral.notEligibleReason.${reason}`),
              }))}
            />
            <TextareaField
              name="explanation"
              label={t('referral.notEligible.explanation')}
              hint={t('referral.notEligible.hint')}
              error={failed.errorFor('explanation')}
              defaultValue={failed.value('explanation')}
              rows={4}
            />
            <EndingConfirm step="declare-not-eligible" failed={failed} />
            <Button variant="warning">{t('referral.notEligible.button')}</Button>
          </Form>
        ) : null}
        {may('decline') ? (
          <Form method="post" noValidate>
            <h3 className="heading-s">{t('referral.decline.title')}</h3>
            {hidden('decline')}
            <Choices
              type="radio"
              name="decline-reason"
              legend={t('referral.decline.reason')}
              error={failed.errorFor('decline-reason')}
              selected={failed.values('decline-reason')}
              options={clinicDeclineReasons.map((reason) => ({
                value: reason,
                label: t(`referral.declineReason.${reason}`),
              }))}
            />
            <TextareaField
              name="decline-explanation"
              label={t('referral.decline.explanation')}
              hint={t('referral.decline.explanationHint')}
              error={failed.errorFor('decline-explanation')}
              defaultValue={failed.value('decline-explanation')}
              rows={3}
            />
            <EndingConfirm step="decline" failed={failed} />
            <Button variant="warning">{t('referral.decline.button')}</Button>
          </Form>
        ) : null}
        <h3 className="heading-s" id="referral-history">
          {t('referral.timeline')}
        </h3>
        <ReferralTimeline entries={r.timeline} headingId="referral-history" />
      </Section>
      <h2 className="heading-m">{t('coordinatorCase.answers')}</h2>
      {d.recordsShared ? (
        <>
          <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
          <h2 className="heading-m">{t('documents.title')}</h2>
          <CaseDocumentList
            caseId={d.caseId}
            query={d.query}
            documents={d.documents}
            empty={t('referral.noDocuments')}
          />
        </>
      ) : (
        <p className="body" data-testid="records-ended">
          {t('referral.recordsEnded')}
        </p>
      )}
    </div>
  )
}

/** The box that confirms a step which ends the referral for good (domain/referrals/confirm-ending.ts). */
function EndingConfirm({ step, failed }: { step: EndingStep; failed: FailureView }) {
  const t = useT()
  const name = endingConfirmFieldOf(step)
  return (
    <Choices
      type="checkbox"
      name={name}
      legend={t('referral.endConfirm.legend')}
      error={failed.errorFor(name)}
      selected={failed.values(name)}
      options={[{ value: 'yes', label: t('referral.endConfirm.label') }]}
    />
  )
}
