import { Form, redirect } from 'react-router'
import { alsfrsItemTextFor } from '#domain/alsfrs/item-text.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { formatAnswer, questionKey } from '#domain/intake/format-answer.ts'
import { intakeSections, sectionQuestions, findQuestion } from '#domain/intake/questions.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireEditableCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/check-answers'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  const answers = handle.answers()
  const [offers, docs, shares] = await Promise.all([
    handle.chosenOffers(),
    handle.documents(),
    handle.shares(),
  ])
  return {
    caseId: handle.case.id,
    answers,
    offers: offers.map((o) => ({ id: o.offerId, title: o.title, providerName: o.providerName })),
    helpMeChoose: answers['help-me-choose'] === 'yes',
    documents: docs.map((d) => d.meta.filename),
    processingConsent: handle.case.processingConsentGivenAt !== null,
    shares: shares.map((s) => ({
      providerId: s.providerId,
      status: s.status,
      providerName: offers.find((o) => o.providerId === s.providerId)?.providerName ?? s.providerId,
      documents: s.documentIds.length,
      sections: s.sections,
    })),
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
  const { caseId, answers } = loaderData
  const failed = useFailure(actionData)
  const who = answers['who-for'] === 'someone-else' ? 'other' : 'self'
  return (
    <div className="two-thirds">
      <PageHeader title={t('check.title')} back={casePath(caseId)} failure={failed} />
      {intakeSections.map((section) => {
        const list = sectionQuestions(section, answers)
        if (list.length === 0) return null
        return (
          <section key={section} aria-labelledby={`check-${section}`}>
            <h2 className="heading-m" id={`check-${section}`}>
              {t(`intake.section.${section}` as MessageKey)}
            </h2>
            <SummaryList
              rows={list.map((q) => {
                const label =
                  q.kind === 'alsfrs-item'
                    ? alsfrsItemTextFor(locale)[q.item].label
                    : t(questionKey(q.id, 'short'), { who })
                return {
                  key: label,
                  value: (
                    <span dir="auto">{formatAnswer(findQuestion(q.id)!, answers[q.id], t, locale)}</span>
                  ),
                  action: {
                    href: `/patient/cases/${caseId}/questions/${q.id}?returnTo=check-answers`,
                    label: t('check.change'),
                    context: label,
                  },
                }
              })}
            />
          </section>
        )
      })}
      <h2 className="heading-m">{t('case.task.providers')}</h2>
      <SummaryList
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
            action: {
              href: `/patient/cases/${caseId}/providers`,
              label: t('check.change'),
              context: t('check.offers'),
            },
          },
        ]}
      />
      <h2 className="heading-m">{t('case.task.records')}</h2>
      <SummaryList
        rows={[
          {
            key: t('check.documents'),
            value: loaderData.documents.length > 0 ? loaderData.documents.join(', ') : t('intake.none'),
            action: {
              href: `/patient/cases/${caseId}/documents`,
              label: t('check.change'),
              context: t('check.documents'),
            },
          },
        ]}
      />
      <h2 className="heading-m">{t('case.task.consent')}</h2>
      <SummaryList
        rows={[
          {
            key: t('check.processing'),
            value: loaderData.processingConsent ? t('check.processingGiven') : t('intake.notAnswered'),
            action: {
              href: `/patient/cases/${caseId}/consent`,
              label: t('check.change'),
              context: t('check.processing'),
            },
          },
          ...loaderData.shares.map((s) => ({
            key: s.providerName,
            value:
              s.status === 'given'
                ? t('check.shared', {
                    count: s.documents,
                    sections:
                      s.sections.map((x) => t(`intake.section.${x}` as MessageKey)).join(', ') ||
                      t('intake.none'),
                  })
                : t('check.notShared'),
            action: {
              href: `/patient/cases/${caseId}/sharing`,
              label: t('check.change'),
              context: s.providerName,
            },
          })),
        ]}
      />
      <h2 className="heading-m">{t('check.send.title')}</h2>
      <p className="body">{t('check.send.body')}</p>
      <Form method="post">
        <Button id="send">{t('check.send.submit')}</Button>
      </Form>
    </div>
  )
}
