import { data, Form, Link, redirect } from 'react-router'
import { availableCommands, caseCommands, type CaseCommand } from '#domain/cases/case-stages.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { chosenOffers } from '#server/use-cases/cases/case-records.ts'
import { listShares } from '#server/use-cases/cases/consent.ts'
import { openCaseForCoordinator } from '#server/use-cases/cases/list-cases.ts'
import { runCaseCommand } from '#server/use-cases/cases/transition-case.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
import type { Route } from './+types/case'

// Everything about a case on one screen: the coordinator is the family's one
// point of contact. Opening it is an audited read of health data.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'coordinator')
  const rt = await runtime()
  if (!/^[0-9a-f-]{36}$/.test(params.caseId)) throw data(null, { status: 404 })
  const opened = await openCaseForCoordinator(rt, viewer, params.caseId, request.headers.get('x-request-id'))
  if (!opened) throw data(null, { status: 404 })
  const [offers, docs, shares] = await Promise.all([
    chosenOffers(rt.database.db, opened.row.id),
    listCaseDocuments(rt, opened.row.id, opened.key),
    listShares(rt, opened.row.id),
  ])
  return {
    caseId: opened.row.id,
    reference: opened.row.reference,
    stage: opened.row.stage,
    submittedAt: opened.row.submittedAt,
    answers: opened.answers,
    alsfrs: alsfrsSummary(opened.answers),
    offers: offers.map((o) => ({
      id: o.offerId,
      title: o.title,
      providerName: o.providerName,
      providerId: o.providerId,
    })),
    documents: docs.map((d) => ({
      id: d.id,
      name: d.meta.filename,
      kind: d.kind,
      modality: d.meta.modality ?? null,
    })),
    shares: shares.map((s) => ({
      providerId: s.providerId,
      status: s.status,
      documents: s.documentIds.length,
      sections: s.sections,
    })),
    commands: availableCommands(opened.row.stage, 'coordinator'),
    moved: new URL(request.url).searchParams.get('moved'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'coordinator')
  const rt = await runtime()
  if (!/^[0-9a-f-]{36}$/.test(params.caseId)) throw data(null, { status: 404 })
  const opened = await openCaseForCoordinator(rt, viewer, params.caseId, request.headers.get('x-request-id'))
  if (!opened) throw data(null, { status: 404 })
  const command = String((await request.formData()).get('command') ?? '')
  if (!caseCommands.includes(command as CaseCommand)) throw data(null, { status: 400 })
  const result = await runCaseCommand(
    rt,
    opened.row,
    { userId: viewer.id, kind: 'coordinator' },
    command as CaseCommand,
  )
  if (!result.ok) return data({ refused: result.error.code }, { status: 409 })
  throw redirect(`/coordinator/cases/${opened.row.id}?moved=${result.value.to}`, 303)
}

export default function CoordinatorCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  return (
    <div>
      <PageTitle title={t('coordinatorCase.title', { reference: d.reference })} />
      <Link to="/coordinator/cases" className="back-link">
        {t('queue.back')}
      </Link>
      <h1 className="heading-xl">{t('coordinatorCase.title', { reference: d.reference })}</h1>
      <p className="body">
        {t('case.stageLabel')} <Tag>{t(`case.stage.${d.stage}` as MessageKey)}</Tag>
        {d.submittedAt
          ? ` · ${t('coordinatorCase.sent', { date: formatDate(locale, new Date(d.submittedAt)) })}`
          : null}
      </p>
      {d.moved ? (
        <NotificationBanner
          title={t('coordinatorCase.moved', { stage: t(`case.stage.${d.moved}` as MessageKey) })}
        />
      ) : null}
      {actionData?.refused ? <NotificationBanner title={t('coordinatorCase.refused')} /> : null}
      <p className="body">
        <Link to={`/coordinator/cases/${d.caseId}/messages`}>{t('coordinatorCase.messages')}</Link>
      </p>
      {d.commands.length > 0 ? (
        <section aria-labelledby="next-steps">
          <h2 className="heading-m" id="next-steps">
            {t('coordinatorCase.next')}
          </h2>
          <div className="button-group">
            {d.commands.map((c) => (
              <Form method="post" key={c} className="inline-form">
                <input type="hidden" name="command" value={c} />
                <Button variant={c === 'withdraw' || c === 'declare-not-eligible' ? 'warning' : 'secondary'}>
                  {t(`case.command.${c}` as MessageKey)}
                </Button>
              </Form>
            ))}
          </div>
        </section>
      ) : null}
      <h2 className="heading-m">{t('coordinatorCase.answers')}</h2>
      <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
      <h2 className="heading-m">{t('case.task.providers')}</h2>
      {d.offers.length === 0 ? (
        <p className="body">{t('check.helpMeChoose')}</p>
      ) : (
        <ul className="list list--bullet">
          {d.offers.map((o) => {
            const share = d.shares.find((s) => s.providerId === o.providerId)
            return (
              <li key={o.id}>
                {o.title} — {o.providerName}:{' '}
                {share?.status === 'given'
                  ? t('check.shared', {
                      count: share.documents,
                      sections:
                        share.sections.map((x) => t(`intake.section.${x}` as MessageKey)).join(', ') ||
                        t('intake.none'),
                    })
                  : t('check.notShared')}
              </li>
            )
          })}
        </ul>
      )}
      <h2 className="heading-m">{t('documents.title')}</h2>
      {d.documents.length === 0 ? (
        <p className="body">{t('documents.none')}</p>
      ) : (
        <ul className="list list--bullet">
          {d.documents.map((doc) => (
            <li key={doc.id}>
              <a href={`/cases/${d.caseId}/documents/${doc.id}`} download dir="auto">
                {doc.name}
              </a>{' '}
              ({t(`documents.kind.${doc.kind}` as MessageKey)}
              {doc.modality ? `, ${doc.modality}` : ''})
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
