import { Form, Link, redirect } from 'react-router'
import {
  cannotStartReasons,
  intakeTasks,
  taskStatuses,
  type CannotStartReason,
  type IntakeTask,
  type TaskStatus,
} from '#domain/intake/task-list.ts'
import { formatDate, formatList } from '#domain/i18n/format.ts'
import { taskTargets, type TaskTarget } from '#domain/intake/task-targets.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { Who } from '#domain/alsfrs/item-text.ts'
import type { ProviderProgress } from '#domain/cases/after-sending.ts'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import { whoIsAsked } from '#domain/intake/answer-sources.ts'
import { isStoppable, mayStopCase } from '#domain/cases/stop-case.ts'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import { patientTimeZone } from '#domain/intake/time-zones.ts'
import { AnswerSections } from '#app/components/case-answers.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { TaskList } from '#app/components/patterns/task-list.tsx'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { CaseNav } from '#app/components/case-nav.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { casePath, questionPath } from '#app/lib/case-paths.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { asProviderId } from '#domain/shared/ids.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import { waitingOn } from '#domain/referrals/waiting-on.ts'
import { OutcomeChart } from '#app/components/outcome-chart.tsx'
import type { Route } from './+types/case'

function hrefOf(caseId: string, target: TaskTarget): string | undefined {
  if (!target) return undefined
  if (target.to === 'question') return questionPath(caseId, target.questionId)
  return casePath(caseId, target.to === 'alsfrs-result' ? 'alsfrs-result' : target.page)
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const answers = handle.answers()
  const state = await handle.intakeState()
  const statuses = taskStatuses(state)
  const targets = taskTargets(answers, statuses)
  const caseId = handle.case.id
  const hrefs = Object.fromEntries(
    intakeTasks.map((task) => [task, hrefOf(caseId, targets[task])]),
  ) as Record<IntakeTask, string | undefined>
  const stage = handle.case.stage
  const sent = stage === 'inquiry' ? null : await handle.afterSending()
  const referrals = sent ? await handle.referrals() : []
  return {
    // A clinic's question waits on the family's answer here.
    questions: referrals.flatMap((r) =>
      r.question === null
        ? []
        : [
            {
              providerId: r.providerId,
              providerName: r.providerName,
              version: r.version,
              question: r.question,
            },
          ],
    ),
    hasQuotes: referrals.some((r) => r.status === 'plan-proposed' || r.status === 'accepted'),
    caseId,
    answers: sent ? answers : null,
    who: whoIsAsked(handle.member.role, answers),
    memberId: handle.member.id as string,
    afterSending: sent && {
      providers: sent.providers,
      helpMeChoose: answers['help-me-choose'] === 'yes',
      next:
        sent.next.code === 'first-reply'
          ? { code: sent.next.code, due: sent.next.due.toISOString() }
          : sent.next,
      // Dates read in the patient's own time zone when they gave one.
      timeZone: patientTimeZone(answers) ?? 'UTC',
    },
    reference: handle.case.reference,
    stage,
    outcome: await handle.outcomeCourse(),
    patientName: typeof answers['patient-name'] === 'string' ? answers['patient-name'] : null,
    statuses,
    cannotStart: cannotStartReasons(state),
    hrefs,
    sent: new URL(request.url).searchParams.get('sent') === '1',
    answered: new URL(request.url).searchParams.get('answered') === '1',
    joined: new URL(request.url).searchParams.get('joined') === '1',
    // Back from the sharing page while the case is being prepared: the choices are confirmed here.
    shared: new URL(request.url).searchParams.get('shared') === '1',
    stopped: new URL(request.url).searchParams.get('stopped') === '1' && stage === 'withdrawn',
    // A draft nobody had: the banner does not say anyone was told.
    wasSent: handle.case.submittedAt !== null,
    mayStop: isStoppable(stage) && mayStopCase(handle.member.role),
  }
}

/** The family answers a clinic's question; the answer joins the referral's timeline, sealed. */
export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const providerId = fields['provider']?.[0] ?? ''
  const version = Number(fields['version']?.[0])
  const field = `answer-${providerId}`
  if (!/^[\w-]{1,80}$/.test(providerId) || !Number.isSafeInteger(version))
    return failure(fields, [{ field: 'questions', key: 'refusal.referral.form' }])
  const done = await handle.answerClinic(asProviderId(providerId), fields[field]?.[0] ?? '', version)
  if (!done.ok) return refuse(done.error, fields, { field })
  throw redirect(`/patient/cases/${handle.case.id}?answered=1`, 303)
}

const tone: Record<TaskStatus, TagTone> = {
  'not-started': 'blue',
  'in-progress': 'yellow',
  completed: 'green',
  optional: 'grey',
  'not-applicable': 'grey',
  'cannot-start': 'grey',
}

/** Why a task cannot start yet, and what to do first, in the viewer's words. */
function useWhyNotYet() {
  const t = useT()
  const locale = useLocale()
  return (reason: CannotStartReason) =>
    reason.code === 'tasks-first'
      ? t('case.cannotStart.tasks-first', {
          tasks: formatList(
            locale,
            reason.tasks.map((task) => t(`case.task.${task}` as MessageKey)),
          ),
        })
      : t(`case.cannotStart.${reason.code}`)
}

export default function CasePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const whyNotYet = useWhyNotYet()
  const { stage, caseId } = loaderData
  const title = loaderData.patientName
    ? t('case.titleFor', { name: loaderData.patientName })
    : t('case.title', { reference: loaderData.reference })
  return (
    <div>
      <PageHeader
        title={title}
        // The title names the reference itself until the patient's name is known.
        caption={
          loaderData.patientName ? t('case.reference', { reference: loaderData.reference }) : undefined
        }
        failure={failed}
      />
      <p className="body">
        {t('case.stageLabel')}{' '}
        <Tag tone={stage === 'inquiry' ? 'blue' : 'green'}>{t(`case.stage.${stage}` as MessageKey)}</Tag>
      </p>
      <CaseNav caseId={caseId} current="case" />
      {loaderData.sent && stage !== 'inquiry' ? (
        <NotificationBanner title={t('case.sentBanner.title')}>
          {t('case.sentBanner.body')}
        </NotificationBanner>
      ) : null}
      {loaderData.answered ? <NotificationBanner title={t('case.questions.answered')} /> : null}
      {loaderData.joined ? <NotificationBanner tone="success" title={t('invitation.joined')} /> : null}
      {loaderData.shared ? <NotificationBanner tone="success" title={t('sharing.saved')} /> : null}
      {loaderData.stopped ? (
        <NotificationBanner tone="success" title={t('case.stopped.title')}>
          {t(loaderData.wasSent ? 'case.stopped.body' : 'case.stopped.bodyDraft')}
        </NotificationBanner>
      ) : null}
      {loaderData.questions.length > 0 ? (
        <section className="two-thirds" aria-labelledby="questions-title" id="questions" tabIndex={-1}>
          <h2 className="heading-m" id="questions-title">
            {t('case.questions.title')}
          </h2>
          {loaderData.questions.map((q) => (
            <Form method="post" noValidate key={q.providerId} data-testid={`question-${q.providerId}`}>
              <h3 className="heading-s">{t('case.questions.from', { clinic: q.providerName })}</h3>
              <div className="inset-text" dir="auto">
                {q.question}
              </div>
              <input type="hidden" name="provider" value={q.providerId} />
              <input type="hidden" name="version" value={q.version} />
              <TextareaField
                name={`answer-${q.providerId}`}
                label={t('case.questions.label')}
                hint={t('case.questions.hint')}
                error={failed.errorFor(`answer-${q.providerId}`)}
                defaultValue={failed.value(`answer-${q.providerId}`)}
                rows={5}
              />
              <Button>{t('case.questions.button')}</Button>
            </Form>
          ))}
        </section>
      ) : null}
      {loaderData.hasQuotes ? (
        <p className="body">
          <Link to={casePath(caseId, 'quotes')}>{t('case.quotes.link')}</Link>
        </p>
      ) : null}
      {stage === 'inquiry' ? (
        <div className="two-thirds">
          <p className="body">{t('case.tasks.lede')}</p>
          <TaskList
            items={intakeTasks.map((task) => ({
              id: `task-${task}`,
              label: t(`case.task.${task}` as MessageKey),
              hint: loaderData.cannotStart[task]
                ? whyNotYet(loaderData.cannotStart[task])
                : task === 'records'
                  ? t('case.task.records.hint')
                  : undefined,
              href: loaderData.hrefs[task],
              status: t(`case.taskStatus.${loaderData.statuses[task]}` as MessageKey),
              tone: tone[loaderData.statuses[task]],
            }))}
          />
        </div>
      ) : loaderData.afterSending && loaderData.answers ? (
        <AfterSending
          caseId={caseId}
          stage={stage}
          view={loaderData.afterSending}
          answers={loaderData.answers}
          who={loaderData.who}
          memberId={loaderData.memberId}
        />
      ) : null}
      {loaderData.outcome ? (
        <div className="two-thirds">
          <OutcomeChart course={loaderData.outcome} />
        </div>
      ) : null}
      {loaderData.mayStop ? (
        <div className="two-thirds">
          <h2 className="heading-m">{t('case.stop.title')}</h2>
          <p className="body">{t(stage === 'inquiry' ? 'case.stop.ledeDraft' : 'case.stop.lede')}</p>
          <p className="body">
            <Link to={casePath(caseId, 'stop')}>{t('case.stop.link')}</Link>
          </p>
        </div>
      ) : null}
    </div>
  )
}

const progressTone: Record<ProviderProgress, TagTone> = {
  'not-shared': 'grey',
  'consent-withdrawn': 'grey',
  'with-coordinator': 'blue',
  'not-sent': 'grey',
  reviewing: 'yellow',
  'in-touch': 'green',
  ended: 'grey',
}

/** A clinic waiting on the family stands out; an answer that ends the referral is quiet. */
function referralTone(status: ReferralStatus): TagTone {
  if (status === 'plan-proposed' || status === 'accepted') return 'green'
  const whose = waitingOn(status)
  return whose === 'family' ? 'yellow' : whose === 'clinic' ? 'blue' : 'grey'
}

/**
 * A sent case: what happens next and by when (the receipt email's date), the
 * providers chosen with where each stands, and the answers sent, read-only,
 * grouped as on check answers.
 */
function AfterSending({
  caseId,
  stage,
  view,
  answers,
  who,
  memberId,
}: {
  caseId: string
  stage: CaseStage
  view: NonNullable<Route.ComponentProps['loaderData']['afterSending']>
  answers: IntakeAnswers
  who: Who
  memberId: string
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="two-thirds">
      <h2 className="heading-m">{t('case.after.next.title')}</h2>
      <p className="body" data-testid="next-step">
        {view.next.code === 'first-reply'
          ? t('case.after.next.first-reply', {
              date: formatDate(locale, new Date(view.next.due), view.timeZone),
            })
          : view.next.code === 'plan-change'
            ? t('case.after.next.plan-change')
            : view.next.code === 'clinics-ended'
              ? t('case.after.next.clinics-ended')
              : t(`case.stageExplained.${stage}` as MessageKey)}
      </p>
      {view.next.code === 'plan-change' ? (
        <p className="body">
          <Link to={casePath(caseId, 'treatment')}>{t('case.after.next.plan-change.link')}</Link>
        </p>
      ) : null}
      <p className="body">{t('case.after.next.messages')}</p>
      <ul className="list list--bullet">
        {view.next.code === 'stage' && view.next.go === 'travel' ? (
          <li>
            <Link to={casePath(caseId, 'travel')}>{t('case.after.next.travellers')}</Link>
          </li>
        ) : null}
        <li>
          <Link to={casePath(caseId, 'messages')}>{t('case.nav.messages')}</Link>
        </li>
        <li>
          <Link to={casePath(caseId, 'documents')}>{t('case.nav.documents')}</Link>
        </li>
        <li>
          <Link to={casePath(caseId, 'consent')}>{t('case.nav.consent')}</Link>
        </li>
      </ul>
      <h2 className="heading-m" id="providers-chosen">
        {t('case.after.providers.title')}
      </h2>
      {view.providers.length === 0 ? (
        <p className="body">{t('case.after.providers.helpMeChoose')}</p>
      ) : (
        <>
          {view.providers.some((p) => p.referral) ? <p className="body">{t('case.referrals.lede')}</p> : null}
          <SummaryList
            rows={view.providers.map((p) => ({
              key: p.providerName,
              value: (
                <div data-testid={`provider-${p.providerId}`}>
                  {p.referral ? (
                    // Sent to the clinic: where it stands, in the family's words.
                    <Tag tone={referralTone(p.referral)}>
                      {t(`referral.family.${p.referral}` as MessageKey)}
                    </Tag>
                  ) : (
                    <Tag tone={progressTone[p.progress]}>
                      {t(`case.after.progress.${p.progress}` as MessageKey)}
                    </Tag>
                  )}
                  {p.progress === 'not-shared' ||
                  p.progress === 'consent-withdrawn' ||
                  p.progress === 'not-sent' ? (
                    <p className="hint">{t(`case.after.progressHint.${p.progress}`)}</p>
                  ) : null}
                  <ul className="list">
                    {p.offers.map((title) => (
                      <li key={title}>{title}</li>
                    ))}
                  </ul>
                </div>
              ),
            }))}
          />
        </>
      )}
      <h2 className="heading-m">{t('case.after.answers.title')}</h2>
      <AnswerSections answers={answers} level={3} who={who} viewerMemberId={memberId} />
    </div>
  )
}
