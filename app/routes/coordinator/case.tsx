import { AnswerDue } from '#app/components/answer-due.tsx'
import { data, Form, Link, redirect } from 'react-router'
import { asUserId, parseReferralId } from '#domain/shared/ids.ts'
import {
  caseCommands,
  commandsToConfirm,
  confirmCommand,
  confirmFieldOf,
  type CaseCommand,
} from '#domain/cases/case-stages.ts'
import { formatDate, formatNumber, isolated } from '#domain/i18n/format.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { CaseDocumentList } from '#app/components/case-documents.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { ReferralTimeline, timelineOf } from '#app/components/referral-timeline.tsx'
import { sendableStages } from '#domain/referrals/send-referrals.ts'
import { clinicAnswerDue } from '#domain/referrals/waiting-on.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { describeShare } from '#app/lib/describe-share.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { choicesAndShares, requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { OutcomeChart } from '#app/components/outcome-chart.tsx'
import type { Route } from './+types/case'

// Everything about a case on one screen: the coordinator is the family's one
// point of contact. Opening it is an audited read of health data.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const choices = await choicesAndShares(handle)
  const referrals = await handle.referrals()
  // The providers the family chose, once each: can the case go there, or has it gone?
  const providers = [...new Map(choices.offers.map((o) => [o.providerId, o.providerName]))].map(
    ([providerId, providerName]) => ({
      providerId,
      providerName,
      shared: choices.shares.some((s) => s.providerId === providerId && s.status === 'given'),
      sent: referrals.some((r) => r.providerId === providerId),
    }),
  )
  const url = new URL(request.url)
  const [coordinators, handOverTo, notes, plans, travel, treatment] = await Promise.all([
    handle.coordinators(),
    handle.handOverChoices(),
    handle.notes(),
    handle.plans(),
    handle.travel(),
    handle.treatment(),
  ])
  return {
    /** Where the trip's visa stands, once a plan is accepted (ADR 0061); the details are on the travel page. */
    visa: travel
      ? {
          status: travel.letter?.status ?? null,
          travellers: travel.travellers.length,
          stayOutlastsVisa: travel.stayOutlastsVisa,
        }
      : null,
    caseId: handle.case.id,
    reference: handle.case.reference,
    stage: handle.case.stage,
    submittedAt: handle.case.submittedAt,
    consentWithdrawn: handle.case.stage !== 'inquiry' && !handle.consentGiven,
    answers: handle.answers(),
    alsfrs: handle.alsfrs(),
    outcome: await handle.outcomeCourse(),
    followUpMissed: (await handle.followUp()).missed,
    ...choices,
    commands: handle.commands,
    moved: url.searchParams.get('moved'),
    sentTo: Number(url.searchParams.get('sent')) || null,
    mayRoute: sendableStages.includes(handle.case.stage),
    // Shown first: what needs the coordinator now on the treatment course (ADR 0062).
    treatmentFlags: {
      serious: treatment.openSerious,
      escalated: treatment.escalated,
      paused: treatment.status === 'paused',
    },
    assignment: handle.assignment(),
    coordinators,
    handOverTo,
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    // Only codes this page knows, never text from the address bar.
    done: doneCodes.find((c) => c === url.searchParams.get('done')) ?? null,
    providers,
    plans: plans.map((p) => ({
      id: p.referralId,
      providerName: p.providerName,
      standing: p.standing,
      total: p.total,
      validUntil: p.validUntil,
      issuedAt: p.issuedAt.toISOString(),
      doctor: p.plan.doctor,
      sessions: p.plan.sessions,
      lengthOfStayDays: p.plan.lengthOfStayDays,
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      providerName: r.providerName,
      status: r.status,
      version: r.version,
      answerDueAt: r.answerDueAt.toISOString(),
      // Shown only while the referral waits on its clinic: an ended one has nothing due.
      answerDue: clinicAnswerDue(r.status, r.answerDueAt)?.toISOString() ?? null,
      waitingOn: r.waitingOn,
      overdue: r.overdue,
      timeline: timelineOf(r.events),
    })),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const intent = fields['intent']?.[0]
  const back = (done: string, anchor: string) =>
    redirect(`/coordinator/cases/${handle.case.id}?done=${done}#${anchor}`, 303)
  if (intent === 'assign-me' || intent === 'hand-over') {
    // The assignee the page showed ('' for nobody): a change since then is refused, not overwritten.
    const seen = fields['seen']?.[0] ? asUserId(fields['seen'][0]) : null
    const to = fields['assignee']?.[0] ?? ''
    const assigned =
      intent === 'assign-me'
        ? await handle.assignToMe(seen)
        : to
          ? await handle.handOver(asUserId(to), seen)
          : null
    if (!assigned)
      return failure(fields, [{ field: 'assignee', key: 'refusal.assignment.not-a-coordinator' }])
    if (!assigned.ok) return refuse(assigned.error, fields)
    throw back('assigned', 'coordinator')
  }
  if (intent === 'note') {
    const noted = await handle.addNote(fields['note']?.[0] ?? '')
    if (!noted.ok) return refuse(noted.error, fields)
    throw back('noted', 'notes')
  }
  if (intent === 'deadline') {
    const referralId = parseReferralId(fields['referral']?.[0])
    if (!referralId) throw data(null, { status: 404 })
    const version = Number.parseInt(fields['version']?.[0] ?? '', 10)
    const set = await handle.setAnswerDeadline(
      referralId,
      fields['due']?.[0] ?? '',
      Number.isSafeInteger(version) ? version : null,
    )
    // Each referral has its own deadline field: the error names the one that was sent.
    if (!set.ok) return refuse(set.error, fields, { field: `due-${referralId}` })
    throw back('deadline', 'clinics')
  }
  if (intent === 'send') {
    const sent = await handle.sendToProviders(fields['providers'] ?? [])
    if (!sent.ok) return refuse(sent.error, fields)
    throw redirect(`/coordinator/cases/${handle.case.id}?sent=${sent.value.referralIds.length}#clinics`, 303)
  }
  const command = fields['command']?.[0] ?? ''
  // Not one of the journey's commands at all: a tampered form.
  if (!caseCommands.includes(command as CaseCommand))
    return failure(fields, [{ field: 'command', key: 'coordinatorCase.refused' }])
  // Ending a case is for good: the box saying so must be ticked.
  const confirmed = confirmCommand(
    command as CaseCommand,
    fields[confirmFieldOf(command as CaseCommand)]?.[0] === 'yes',
  )
  if (!confirmed.ok) return refuse(confirmed.error, fields)
  const result = await handle.transition(command as CaseCommand)
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(`/coordinator/cases/${handle.case.id}?moved=${result.value.to}`, 303)
}

// The messages of each step's confirming box (coordinatorCase.<texts>.legend, .hint, .confirm).
const confirmTexts: Partial<Record<CaseCommand, string>> = {
  close: 'close',
  withdraw: 'withdraw',
  'declare-not-eligible': 'notEligible',
}

const standingTone = {
  sent: 'blue',
  accepted: 'green',
  declined: 'grey',
  expired: 'red',
  closed: 'grey',
} as const

const doneMessages = {
  assigned: 'coordinatorCase.assigned',
  noted: 'coordinatorCase.noteSaved',
  deadline: 'coordinatorCase.deadlineSet',
} as const satisfies Record<string, MessageKey>
const doneCodes = Object.keys(doneMessages) as (keyof typeof doneMessages)[]

/**
 * What an action in a section did, said in that section: the action's
 * redirect brings the section into view (its address ends in the section's
 * id, with or without JavaScript), and after a client navigation focus moves
 * here (`data-navigation-focus`), so the reader stays where they acted and
 * hears the result, rather than focus going to the page's heading, out of view.
 */
function Done({ message }: { message: string }) {
  return (
    <div
      className="notification-banner notification-banner--success"
      tabIndex={-1}
      data-navigation-focus=""
      data-testid="case-done"
    >
      <p className="notification-banner__title">{message}</p>
    </div>
  )
}

export default function CoordinatorCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const failed = useFailure(actionData)
  // The fields whose errors the summary lists; any other refusal is a banner.
  // What the last post did, said only while no later post failed on the page:
  // a refused deadline never stands beside an old "Note saved."
  const done = failed.failed ? null : d.done
  const moved = failed.failed ? null : d.moved
  const sentTo = failed.failed ? null : d.sentTo
  const formFields = [
    'providers',
    'assignee',
    'note',
    ...commandsToConfirm.map(confirmFieldOf),
    ...d.referrals.map((r) => `due-${r.id}`),
  ]
  const failedReferral = failed.value('referral')
  const others = d.handOverTo
  return (
    <div>
      <PageHeader
        title={t('coordinatorCase.title', { reference: d.reference })}
        back={{ to: '/coordinator/cases', label: t('queue.back') }}
        failed={failed.failed}
        failure={formFields.some((field) => failed.errorFor(field)) ? failed : undefined}
      />
      <p className="body">
        {t('case.stageLabel')} <Tag>{t(`case.stage.${d.stage}` as MessageKey)}</Tag>
        {d.submittedAt
          ? ` · ${t('coordinatorCase.sent', { date: formatDate(locale, new Date(d.submittedAt)) })}`
          : null}
      </p>
      {d.consentWithdrawn ? (
        <NotificationBanner tone="warning" title={t('coordinatorCase.consentWithdrawn.title')}>
          {t('coordinatorCase.consentWithdrawn.body')}
        </NotificationBanner>
      ) : null}
      {d.stage === 'inquiry' ? (
        <NotificationBanner title={t('coordinatorCase.draft.title')}>
          {t('coordinatorCase.draft.body')}
        </NotificationBanner>
      ) : null}
      {d.treatmentFlags.serious ? (
        <NotificationBanner tone="warning" title={t('treatment.flag.serious')}>
          {d.treatmentFlags.escalated ? (
            <p className="body">{t(`treatment.flag.escalated.${d.treatmentFlags.escalated}`)}</p>
          ) : null}
          <Link to={`/coordinator/cases/${d.caseId}/treatment`}>{t('treatment.link')}</Link>
        </NotificationBanner>
      ) : null}
      {d.treatmentFlags.paused ? (
        <NotificationBanner tone="warning" title={t('treatment.flag.paused')}>
          <Link to={`/coordinator/cases/${d.caseId}/treatment`}>{t('treatment.link')}</Link>
        </NotificationBanner>
      ) : null}
      {d.followUpMissed ? (
        <NotificationBanner tone="warning" title={t('followUp.missed.banner')}>
          <Link to={`/coordinator/cases/${d.caseId}/follow-up`}>{t('followUp.phone')}</Link>
        </NotificationBanner>
      ) : null}
      {moved ? (
        <NotificationBanner
          title={t('coordinatorCase.moved', { stage: t(`case.stage.${moved}` as MessageKey) })}
        />
      ) : null}
      {failed.list[0] && !formFields.includes(failed.list[0].fieldId) ? (
        <NotificationBanner title={failed.list[0].message} />
      ) : null}
      <p className="body">
        <Link to={`/coordinator/cases/${d.caseId}/messages`}>{t('coordinatorCase.messages')}</Link>
        {' · '}
        <Link to={`/coordinator/cases/${d.caseId}/second-opinion`}>
          {t('secondOpinion.coordinator.link')}
        </Link>
        {' · '}
        <Link to={`/coordinator/cases/${d.caseId}/treatment`}>{t('treatment.link')}</Link>
        {' · '}
        <Link to={`/coordinator/cases/${d.caseId}/follow-up`}>{t('followUp.title')}</Link>
      </p>
      {d.visa ? (
        <Section id="visa" title={t('travel.letter.heading')}>
          <p className="body" data-testid="coordinator-visa">
            {/* A status is a label ("Visa granted"), not a sentence: it stands as a tag before the count. */}
            {d.visa.status ? <Tag>{t(`travel.status.${d.visa.status}`)}</Tag> : t('travel.letter.none')}{' '}
            {t('travel.travellers.count', { count: d.visa.travellers })}
          </p>
          {d.visa.stayOutlastsVisa ? <p className="body">{t('travel.warning.short')}</p> : null}
          <p className="body">
            <Link to={`/coordinator/cases/${d.caseId}/travel`}>{t('travel.link')}</Link>
          </p>
          <p className="body">
            <Link to={`/coordinator/cases/${d.caseId}/trip`}>{t('trip.link')}</Link>
          </p>
        </Section>
      ) : null}
      <Section id="coordinator" title={t('coordinatorCase.assignment')}>
        {done === 'assigned' ? (
          <Done
            message={
              d.assignment.mine
                ? t('coordinatorCase.assigned.you')
                : d.assignment.assignee
                  ? t('coordinatorCase.assigned.to', {
                      name: d.coordinators.find((c) => c.id === d.assignment.assignee)?.name ?? '—',
                    })
                  : t(doneMessages.assigned)
            }
          />
        ) : null}
        <p className="body" dir="auto">
          {d.assignment.mine
            ? t('coordinatorCase.assignment.you')
            : d.assignment.assignee
              ? t('coordinatorCase.assignment.current', {
                  name: d.coordinators.find((c) => c.id === d.assignment.assignee)?.name ?? '—',
                })
              : t('coordinatorCase.assignment.none')}
        </p>
        {d.assignment.mine ? null : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="assign-me" />
            <input type="hidden" name="seen" value={d.assignment.assignee ?? ''} />
            <Button variant="secondary">{t('coordinatorCase.assign.me')}</Button>
          </Form>
        )}
        {others.length > 0 ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="hand-over" />
            <input type="hidden" name="seen" value={d.assignment.assignee ?? ''} />
            <SelectField
              name="assignee"
              label={t('coordinatorCase.handover.label')}
              error={failed.errorFor('assignee')}
              value={failed.value('assignee') ?? null}
              options={others.map((c) => ({ value: c.id, label: c.name }))}
            />
            <Button variant="secondary">{t('coordinatorCase.handover.button')}</Button>
          </Form>
        ) : null}
      </Section>
      <Section id="notes" title={t('coordinatorCase.notes')}>
        {done === 'noted' ? <Done message={t(doneMessages.noted)} /> : null}
        <p className="body">{t('coordinatorCase.notes.hint')}</p>
        {d.notes.length === 0 ? (
          <p className="body">{t('coordinatorCase.notes.none')}</p>
        ) : (
          <ol className="list">
            {d.notes.map((n) => (
              <li key={n.id}>
                <p className="body" dir="auto">
                  {n.body}
                </p>
                <p className="hint">
                  {t('coordinatorCase.notes.by', {
                    // Isolated: a Latin name beside an Arabic date that starts with a digit read "2026 ديسمبر Lena Vogel، 7".
                    name: isolated(n.authorName ?? '—'),
                    date: isolated(formatDate(locale, new Date(n.createdAt))),
                  })}
                </p>
              </li>
            ))}
          </ol>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="note" />
          <TextareaField
            name="note"
            label={t('coordinatorCase.notes.label')}
            rows={3}
            error={failed.errorFor('note')}
            defaultValue={failed.value('note')}
          />
          <Button variant="secondary">{t('coordinatorCase.notes.button')}</Button>
        </Form>
      </Section>
      {d.commands.length > 0 ? (
        <Section id="next-steps" title={t('coordinatorCase.next')}>
          <div className="button-group">
            {d.commands
              .filter((c) => !commandsToConfirm.includes(c))
              .map((c) => (
                <Form method="post" key={c} className="inline-form">
                  <input type="hidden" name="command" value={c} />
                  <Button
                    variant={c === 'withdraw' || c === 'declare-not-eligible' ? 'warning' : 'secondary'}
                  >
                    {t(`case.command.${c}` as MessageKey)}
                  </Button>
                </Form>
              ))}
          </div>
          {d.commands
            .filter((c) => commandsToConfirm.includes(c))
            .map((c) => (
              <Form method="post" noValidate key={c}>
                <input type="hidden" name="command" value={c} />
                <Choices
                  type="checkbox"
                  name={confirmFieldOf(c)}
                  id={confirmFieldOf(c)}
                  legend={t(`coordinatorCase.${confirmTexts[c]}.legend` as MessageKey)}
                  hint={t(`coordinatorCase.${confirmTexts[c]}.hint` as MessageKey)}
                  error={failed.errorFor(confirmFieldOf(c))}
                  selected={[]}
                  options={[
                    { value: 'yes', label: t(`coordinatorCase.${confirmTexts[c]}.confirm` as MessageKey) },
                  ]}
                />
                <Button variant="warning">{t(`case.command.${c}` as MessageKey)}</Button>
              </Form>
            ))}
        </Section>
      ) : null}
      <Section id="clinics" title={t('coordinatorCase.referrals')}>
        {sentTo ? <Done message={t('coordinatorCase.sentTo', { count: sentTo })} /> : null}
        {done === 'deadline' ? <Done message={t(doneMessages.deadline)} /> : null}
        <Table
          caption={t('coordinatorCase.referrals')}
          empty={t('coordinatorCase.referrals.none')}
          rows={d.referrals}
          columns={[
            {
              header: t('coordinatorCase.referrals.col.clinic'),
              cell: (r) => r.providerName,
              rowHeader: true,
            },
            {
              header: t('coordinatorCase.referrals.col.status'),
              cell: (r) => <Tag>{t(`referral.status.${r.status}` as MessageKey)}</Tag>,
            },
            {
              header: t('coordinatorCase.referrals.col.waiting'),
              cell: (r) => t(`coordinatorCase.waiting.${r.waitingOn}` as MessageKey),
            },
            {
              header: t('coordinatorCase.referrals.col.due'),
              cell: (r) => <AnswerDue due={r.answerDue} overdue={r.overdue} />,
            },
          ]}
        />
        {d.referrals
          // A deadline is the clinic's: set only while the referral waits on it.
          .filter((r) => r.waitingOn === 'clinic')
          .map((r) => (
            <Form method="post" noValidate key={`due-${r.id}`}>
              <input type="hidden" name="intent" value="deadline" />
              <input type="hidden" name="referral" value={r.id} />
              <input type="hidden" name="version" value={r.version} />
              <Field
                id={`due-${r.id}`}
                name="due"
                label={t('coordinatorCase.deadline.label', { clinic: r.providerName })}
                hint={t('coordinatorCase.deadline.hint')}
                width="half"
                dir="ltr"
                autoComplete="off"
                error={failed.errorFor(`due-${r.id}`)}
                defaultValue={failedReferral === r.id ? failed.value('due') : r.answerDueAt.slice(0, 10)}
              />
              <Button variant="secondary">{t('coordinatorCase.deadline.button')}</Button>
            </Form>
          ))}
        {d.referrals.map((r) => (
          <div key={r.id}>
            <h3 className="heading-s" id={`timeline-${r.id}`}>
              {t('referral.timeline')}: {r.providerName}
            </h3>
            <ReferralTimeline entries={r.timeline} headingId={`timeline-${r.id}`} />
          </div>
        ))}
        {d.mayRoute && d.providers.some((p) => !p.sent) ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="send" />
            <Choices
              type="checkbox"
              name="providers"
              legend={t('coordinatorCase.send.legend')}
              hint={t('coordinatorCase.send.hint')}
              error={failed.errorFor('providers')}
              selected={
                // Another form's refusal (a note) leaves the family's choice ticked, as it was.
                failed.value('intent') === 'send'
                  ? failed.values('providers')
                  : d.providers.filter((p) => p.shared && !p.sent).map((p) => p.providerId)
              }
              options={d.providers
                .filter((p) => !p.sent)
                .map((p) => ({
                  value: p.providerId,
                  label: p.providerName,
                  hint: p.shared ? undefined : t('coordinatorCase.send.notShared'),
                }))}
            />
            <Button>{t('coordinatorCase.send.button')}</Button>
          </Form>
        ) : null}
      </Section>
      <Section id="plans" title={t('coordinatorCase.plans')}>
        <Table
          caption={t('coordinatorCase.plans')}
          empty={t('coordinatorCase.plans.none')}
          rows={d.plans}
          testId="coordinator-plans"
          columns={[
            {
              header: t('coordinatorCase.referrals.col.clinic'),
              cell: (p) => p.providerName,
              rowHeader: true,
            },
            {
              header: t('coordinatorCase.plans.col.standing'),
              cell: (p) => (
                <Tag tone={standingTone[p.standing]}>{t(`quote.standing.${p.standing}` as MessageKey)}</Tag>
              ),
            },
            { header: t('quotes.row.total'), cell: (p) => formatQuoteMoney(locale, p.total) },
            {
              header: t('quotes.row.validUntil'),
              cell: (p) => formatDate(locale, new Date(`${p.validUntil}T00:00:00Z`)),
            },
            {
              header: t('coordinatorCase.plans.col.issued'),
              cell: (p) => formatDate(locale, new Date(p.issuedAt)),
            },
            { header: t('quotes.row.sessions'), cell: (p) => formatNumber(locale, p.sessions) },
            {
              header: t('quotes.row.stay'),
              cell: (p) => t('quotes.days', { days: p.lengthOfStayDays }),
            },
            {
              header: t('quotes.row.doctor'),
              dir: 'auto',
              cell: (p) =>
                t('plan.signedBy', {
                  name: p.doctor.name,
                  number: p.doctor.registrationNumber,
                  council: p.doctor.registrationCouncil,
                }),
            },
          ]}
        />
      </Section>
      <h2 className="heading-m">{t('coordinatorCase.answers')}</h2>
      <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
      {d.outcome ? <OutcomeChart course={d.outcome} /> : null}
      <h2 className="heading-m">{t('coordinatorCase.chosenProviders')}</h2>
      {d.offers.length === 0 ? (
        <p className="body">
          {t(
            d.answers['help-me-choose'] === 'yes'
              ? 'coordinatorCase.helpMeChoose'
              : 'coordinatorCase.noneChosen',
          )}
        </p>
      ) : (
        <ul className="list list--bullet">
          {d.offers.map((o) => {
            const share = d.shares.find((s) => s.providerId === o.providerId)
            return (
              <li key={o.id}>
                {o.title} — {o.providerName}:{' '}
                {share?.status === 'given'
                  ? describeShare(t, locale, share.documents, share.sections)
                  : t('check.notShared')}
              </li>
            )
          })}
        </ul>
      )}
      <h2 className="heading-m">{t('documents.title')}</h2>
      <CaseDocumentList caseId={d.caseId} documents={d.documents} empty={t('documents.none')} />
    </div>
  )
}
