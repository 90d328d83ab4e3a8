import { Form, Link, redirect } from 'react-router'
import { mayDecideConsent } from '#domain/cases/processing-consent.ts'
import { shareableSections } from '#domain/cases/case-consent.ts'
import { shareFields } from '#domain/cases/share-decisions.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/sharing'

// Per provider: share or not, and exactly which documents and which parts of
// the answers. A change takes effect on the provider's next request.
async function openWithConsent(request: Request, caseId: string | undefined) {
  const handle = await requireCase(request, caseId, 'member')
  if (!handle.case.processingConsentGivenAt) throw redirect(casePath(handle.case.id, 'consent'))
  return handle
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await openWithConsent(request, params.caseId)
  const [providers, shares, documents] = await Promise.all([
    handle.providersToShareWith(),
    handle.shares(),
    handle.documents(),
  ])
  return {
    caseId: handle.case.id,
    providers,
    documents: documents.map((d) => ({ id: d.id, name: d.meta.filename })),
    shares: shares.map((s) => ({
      providerId: s.providerId,
      status: s.status,
      documentIds: s.documentIds,
      sections: s.sections,
    })),
    saved: new URL(request.url).searchParams.get('saved') === '1',
    mayDecide: mayDecideConsent(handle.member.role),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await openWithConsent(request, params.caseId)
  const fields = await readFields(request)
  const result = await handle.setShares(fields)
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(
    handle.case.stage === 'inquiry'
      ? `${casePath(handle.case.id)}?shared=1`
      : `${casePath(handle.case.id, 'sharing')}?saved=1`,
    303,
  )
}

export default function SharingPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const errorFor = failed.errorFor
  const valueOf = (providerId: string) => {
    const share = loaderData.shares.find((s) => s.providerId === providerId)
    const names = shareFields(providerId)
    return {
      decision: failed.values(names.decision, share ? [share.status === 'given' ? 'yes' : 'no'] : []),
      docs: failed.values(names.documents, share?.documentIds),
      sections: failed.values(names.sections, share?.sections),
    }
  }
  return (
    <CasePage caseId={loaderData.caseId} current="consent" title={t('sharing.title')} failure={failed}>
      {loaderData.saved ? <NotificationBanner title={t('sharing.saved')} /> : null}
      <div className="two-thirds">
        <p className="body">{t('sharing.lede')}</p>
        <p className="body">{t('sharing.endsWithReferral')}</p>
        {!loaderData.mayDecide ? (
          <p className="body">{t('consent.patientDecides')}</p>
        ) : loaderData.providers.length === 0 ? (
          <p className="body">
            {t('sharing.noProviders')}{' '}
            <Link to={casePath(loaderData.caseId, 'providers')}>{t('case.task.providers')}</Link>
          </p>
        ) : (
          <Form method="post" noValidate>
            {loaderData.providers.map((p) => {
              const v = valueOf(p.id)
              const names = shareFields(p.id)
              return (
                <Section
                  id={`provider-${p.id}`}
                  title={`${p.name}${p.isDemo ? ` (${t('tag.demo')})` : ''}`}
                  className="offer"
                  key={p.id}
                >
                  <Choices
                    type="radio"
                    name={names.decision}
                    legend={t('sharing.decide', { name: p.name })}
                    error={errorFor(names.decision)}
                    selected={v.decision}
                    options={[
                      { value: 'yes', label: t('sharing.yes') },
                      { value: 'no', label: t('sharing.no') },
                    ]}
                  />
                  <Choices
                    type="checkbox"
                    name={names.sections}
                    legend={t('sharing.sections', { name: p.name })}
                    error={errorFor(names.sections)}
                    selected={v.sections}
                    options={shareableSections.map((s) => ({
                      value: s,
                      label: t(`intake.section.${s}` as MessageKey),
                      hint: t(`sharing.includes.${s}`),
                    }))}
                  />
                  {loaderData.documents.length > 0 ? (
                    <Choices
                      type="checkbox"
                      name={names.documents}
                      legend={t('sharing.documents', { name: p.name })}
                      selected={v.docs}
                      options={loaderData.documents.map((d) => ({ value: d.id, label: d.name }))}
                    />
                  ) : (
                    <p className="body">{t('sharing.noDocuments')}</p>
                  )}
                </Section>
              )
            })}
            <Button>{t('sharing.submit')}</Button>
          </Form>
        )}
      </div>
    </CasePage>
  )
}
