import { data, Form, Link, redirect } from 'react-router'
import { shareableSections } from '#domain/cases/case-consent.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useT } from '#app/lib/i18n.ts'
import { chosenOffers } from '#server/use-cases/cases/case-records.ts'
import { listShares, setShare } from '#server/use-cases/cases/consent.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
import { formFields, requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/sharing'

// Per provider: share or not, and exactly which documents and which parts of
// the answers. A change takes effect on the provider's next request.
async function load(request: Request, caseId: string | undefined) {
  const ctx = await requireMemberCase(request, caseId)
  const { rt, found } = ctx
  const [offers, shares, documents] = await Promise.all([
    chosenOffers(rt.database.db, found.row.id),
    listShares(rt, found.row.id),
    listCaseDocuments(rt, found.row.id, found.key),
  ])
  const providers = new Map<string, { id: string; name: string; isDemo: boolean }>()
  for (const o of offers)
    providers.set(o.providerId, { id: o.providerId, name: o.providerName, isDemo: o.providerIsDemo })
  return { ...ctx, providers: [...providers.values()], shares, documents }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { found, providers, shares, documents } = await load(request, params.caseId)
  if (!found.row.processingConsentAt) throw redirect(`/patient/cases/${found.row.id}/consent`)
  return {
    caseId: found.row.id,
    providers,
    documents: documents.map((d) => ({ id: d.id, name: d.meta.filename })),
    shares: shares.map((s) => ({
      providerId: s.providerId,
      status: s.status,
      documentIds: s.documentIds,
      sections: s.sections,
    })),
    saved: new URL(request.url).searchParams.get('saved') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found, providers } = await load(request, params.caseId)
  if (!found.row.processingConsentAt) throw redirect(`/patient/cases/${found.row.id}/consent`)
  const fields = formFields(await request.formData())
  const errors: { fieldId: string; key: MessageKey }[] = []
  for (const p of providers) {
    const decision = fields[`share-${p.id}`]?.[0]
    const docs = fields[`docs-${p.id}`] ?? []
    const sections = fields[`sections-${p.id}`] ?? []
    if (decision !== 'yes' && decision !== 'no')
      errors.push({ fieldId: `share-${p.id}`, key: 'sharing.error.decide' })
    else if (decision === 'yes' && docs.length === 0 && sections.length === 0)
      errors.push({ fieldId: `sections-${p.id}`, key: 'sharing.error.nothing' })
  }
  if (errors.length > 0) return data({ fields, errors }, { status: 400 })
  for (const p of providers) {
    await setShare(rt, viewer.id, found, {
      providerId: p.id,
      share: fields[`share-${p.id}`]?.[0] === 'yes',
      documentIds: fields[`docs-${p.id}`] ?? [],
      sections: fields[`sections-${p.id}`] ?? [],
    })
  }
  throw redirect(
    found.row.stage === 'inquiry'
      ? `/patient/cases/${found.row.id}`
      : `/patient/cases/${found.row.id}/sharing?saved=1`,
    303,
  )
}

export default function SharingPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = (actionData?.errors ?? []).map((e) => ({ fieldId: e.fieldId, message: t(e.key) }))
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message
  const valueOf = (providerId: string) => {
    const share = loaderData.shares.find((s) => s.providerId === providerId)
    if (actionData?.fields) {
      return {
        decision: actionData.fields[`share-${providerId}`] ?? [],
        docs: actionData.fields[`docs-${providerId}`] ?? [],
        sections: actionData.fields[`sections-${providerId}`] ?? [],
      }
    }
    return {
      decision: share ? [share.status === 'given' ? 'yes' : 'no'] : [],
      docs: share?.documentIds ?? [],
      sections: share?.sections ?? [],
    }
  }
  return (
    <div>
      <PageTitle title={t('sharing.title')} error={errors.length > 0} />
      <ErrorSummary errors={errors} />
      <h1 className="heading-xl">{t('sharing.title')}</h1>
      <CaseNav caseId={loaderData.caseId} current="consent" />
      {loaderData.saved ? <NotificationBanner title={t('sharing.saved')} /> : null}
      <div className="two-thirds">
        <p className="body">{t('sharing.lede')}</p>
        {loaderData.providers.length === 0 ? (
          <p className="body">
            {t('sharing.noProviders')}{' '}
            <Link to={`/patient/cases/${loaderData.caseId}/providers`}>{t('case.task.providers')}</Link>
          </p>
        ) : (
          <Form method="post" noValidate>
            {loaderData.providers.map((p) => {
              const v = valueOf(p.id)
              return (
                <section className="offer" key={p.id} aria-labelledby={`provider-${p.id}`}>
                  <h2 className="heading-m" id={`provider-${p.id}`}>
                    {p.name}
                    {p.isDemo ? ` (${t('tag.demo')})` : ''}
                  </h2>
                  <Choices
                    type="radio"
                    name={`share-${p.id}`}
                    id={`share-${p.id}`}
                    legend={t('sharing.decide', { name: p.name })}
                    error={errorFor(`share-${p.id}`)}
                    selected={v.decision}
                    options={[
                      { value: 'yes', label: t('sharing.yes') },
                      { value: 'no', label: t('sharing.no') },
                    ]}
                  />
                  <Choices
                    type="checkbox"
                    name={`sections-${p.id}`}
                    id={`sections-${p.id}`}
                    legend={t('sharing.sections', { name: p.name })}
                    error={errorFor(`sections-${p.id}`)}
                    selected={v.sections}
                    options={shareableSections.map((s) => ({
                      value: s,
                      label: t(`intake.section.${s}` as MessageKey),
                    }))}
                  />
                  {loaderData.documents.length > 0 ? (
                    <Choices
                      type="checkbox"
                      name={`docs-${p.id}`}
                      id={`docs-${p.id}`}
                      legend={t('sharing.documents', { name: p.name })}
                      selected={v.docs}
                      options={loaderData.documents.map((d) => ({ value: d.id, label: d.name }))}
                    />
                  ) : (
                    <p className="body">{t('sharing.noDocuments')}</p>
                  )}
                </section>
              )
            })}
            <Button>{t('sharing.submit')}</Button>
          </Form>
        )}
      </div>
    </div>
  )
}
