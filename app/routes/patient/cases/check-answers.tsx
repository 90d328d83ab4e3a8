import { formatList } from '#domain/i18n/format.ts'
import { Form, Link, redirect } from 'react-router'
import { sharedWithNoChosenProvider } from '#domain/cases/case-consent.ts'
import { whoIsAsked } from '#domain/intake/answer-sources.ts'
import { AnswerSections } from '#app/components/case-answers.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath, questionPath } from '#app/lib/case-paths.ts'
import { describeShare } from '#app/lib/describe-share.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { choicesAndShares, requireEditableCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/check-answers'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  const answers = handle.answers()
  const chosen = await choicesAndShares(handle)
  return {
    caseId: handle.case.id,
    answers,
    who: whoIsAsked(handle.member.role, answers),
    memberId: handle.member.id as string,
    helpMeChoose: answers['help-me-choose'] === 'yes',
    processingConsent: handle.case.processingConsentGivenAt !== null,
    ...chosen,
    sharesNothing: sharedWithNoChosenProvider(chosen.offers, chosen.shares),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  const fields = await readFields(request)
  const result = await handle.submit()
  if (!result.ok) return refuse(result.error, fields, { field: 'send' })
  throw redirect(casePath(handle.case.id, 'submitted'), 303)
}

export default function CheckAnswers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { caseId, answers, who } = loaderData
  const failed = useFailure(actionData)
  return (
    <div className="two-thirds">
      <PageHeader title={t('check.title')} back={casePath(caseId)} failure={failed} />
      <AnswerSections
        answers={answers}
        who={who}
        viewerMemberId={loaderData.memberId}
        level={2}
        change={(id) => questionPath(caseId, id, 'check-answers')}
      />
      <SummaryList
        title={t('case.task.providers')}
        rows={[
          {
            key: t('check.offers'),
            value:
              loaderData.offers.length > 0 ? (
                <ul className="list">
                  {loaderData.offers.map((o) => (
                    <li key={o.id}>
                      {o.title} — {o.providerName}
                    </li>
                  ))}
                </ul>
              ) : (
                t('check.helpMeChoose')
              ),
            change: casePath(caseId, 'providers'),
          },
        ]}
      />
      <SummaryList
        title={t('case.task.records')}
        rows={[
          {
            key: t('check.documents'),
            value:
              loaderData.documents.length > 0
                ? formatList(
                    locale,
                    loaderData.documents.map((d) =>
                      d.type ? `${d.name} (${t(`documents.type.${d.type}`)})` : d.name,
                    ),
                  )
                : t('intake.none'),
            change: casePath(caseId, 'documents'),
          },
        ]}
      />
      <SummaryList
        title={t('case.task.consent')}
        rows={[
          {
            key: t('check.processing'),
            value: loaderData.processingConsent ? t('check.processingGiven') : t('intake.notAnswered'),
            change: casePath(caseId, 'consent'),
          },
          ...loaderData.shares.map((s) => ({
            key: s.providerName,
            value:
              s.status === 'given' ? describeShare(t, locale, s.documents, s.sections) : t('check.notShared'),
            change: casePath(caseId, 'sharing'),
          })),
        ]}
      />
      {loaderData.sharesNothing ? (
        <div className="warning-box" data-testid="shares-nothing">
          <p className="body">
            {t('check.sharesNothing')}{' '}
            <Link to={casePath(caseId, 'sharing')}>{t('check.sharesNothing.link')}</Link>
          </p>
        </div>
      ) : null}
      <h2 className="heading-m">{t('check.send.title')}</h2>
      <p className="body">{t('check.send.body')}</p>
      <Form method="post">
        <Button id="send">{t('check.send.submit')}</Button>
      </Form>
    </div>
  )
}
